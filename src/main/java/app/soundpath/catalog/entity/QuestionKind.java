package app.soundpath.catalog.entity;

/**
 * How a check question is answered: one option, several, or true/false. A plain enum beside the entity, so the
 * rules that grade answers (learning's {@code CheckGrader}) need no JPA type.
 */
public enum QuestionKind { SINGLE, MULTIPLE, TRUE_FALSE }
