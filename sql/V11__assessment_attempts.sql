-- Every assessment attempt, stored with everything needed to explain it later: questionnaire, scoring version,
-- raw answers, sub-scores, D, confidence and suggestion. Never updated: re-scoring makes a new row that points
-- to the old one (rescored_from).
CREATE SEQUENCE assessment_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE assessment_attempt (
    id                BIGINT        PRIMARY KEY,
    questionnaire_id  BIGINT        NOT NULL REFERENCES questionnaire (id),
    learner_id        BIGINT        REFERENCES account (id),  -- null for an anonymous visitor
    scoring_version   VARCHAR(10)   NOT NULL,
    answers           VARCHAR(4000) NOT NULL,                 -- itemId=value;… as submitted
    tie_breakers      VARCHAR(200)  NOT NULL,                 -- itemId=optionId;… (empty when none)
    a_producer        DECIMAL(5, 4) NOT NULL,
    a_engineer        DECIMAL(5, 4) NOT NULL,
    b_producer        DECIMAL(5, 4) NOT NULL,
    b_engineer        DECIMAL(5, 4) NOT NULL,
    c_producer        DECIMAL(5, 4) NOT NULL,
    c_engineer        DECIMAL(5, 4) NOT NULL,
    d                 DECIMAL(6, 4) NOT NULL,
    suggestion        VARCHAR(12)   NOT NULL,
    confidence        VARCHAR(6)    NOT NULL,
    knowledge_percent INTEGER       NOT NULL,
    rescored_from     BIGINT        REFERENCES assessment_attempt (id),
    taken_at          TIMESTAMP     NOT NULL,
    CONSTRAINT assessment_attempt_suggestion_ck CHECK (suggestion IN ('PRODUCER', 'ENGINEER', 'CLOSE_CALL')),
    CONSTRAINT assessment_attempt_confidence_ck CHECK (confidence IN ('HIGH', 'MEDIUM', 'LOW'))
);
CREATE INDEX assessment_attempt_learner_ix ON assessment_attempt (learner_id, taken_at);
CREATE INDEX assessment_attempt_result_ix ON assessment_attempt (questionnaire_id, scoring_version, suggestion);
