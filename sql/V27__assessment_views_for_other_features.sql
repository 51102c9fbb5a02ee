-- What assessment offers other features to read (issue 13): attempts with their outcome (not the answers), the
-- decisions that followed and the questionnaire versions.
CREATE VIEW assessment_attempts AS
    SELECT id, questionnaire_id, learner_id, scoring_version, suggestion, confidence, knowledge_percent, rescored_from,
           taken_at
    FROM assessment_attempt;

CREATE VIEW assessment_decisions AS
    SELECT id, attempt_id, learner_id, chosen_track, override, reason_code, reason_text, decided_at FROM track_decision;

CREATE VIEW assessment_questionnaires AS
    SELECT id, version, title, published_on FROM questionnaire;
