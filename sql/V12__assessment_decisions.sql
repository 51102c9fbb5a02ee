-- What a learner did with a suggestion: followed it, or chose the other track (an override, with an optional
-- reason from a pick list and/or in their own words). The attempt itself is never changed, so the suggestion
-- stays in the history next to the decision. A learner may decide more than once; the newest decision counts.
CREATE TABLE track_decision (
    id           BIGINT       PRIMARY KEY,
    attempt_id   BIGINT       NOT NULL REFERENCES assessment_attempt (id),
    learner_id   BIGINT       NOT NULL REFERENCES account (id),
    chosen_track VARCHAR(12)  NOT NULL,
    override     BOOLEAN      NOT NULL,
    reason_code  VARCHAR(20),
    reason_text  VARCHAR(500),
    decided_at   TIMESTAMP    NOT NULL,
    CONSTRAINT track_decision_track_ck CHECK (chosen_track IN ('PRODUCER', 'ENGINEER')),
    CONSTRAINT track_decision_reason_ck CHECK (reason_code IS NULL OR reason_code IN
        ('ALREADY_DECIDED', 'CAREER_GOAL', 'OTHER_SKILLS', 'TRY_FIRST', 'OTHER'))
);
CREATE INDEX track_decision_attempt_ix ON track_decision (attempt_id, decided_at);
CREATE INDEX track_decision_learner_ix ON track_decision (learner_id, decided_at);
-- Reports count overrides by questionnaire and scoring version through the attempt.
CREATE INDEX track_decision_override_ix ON track_decision (override, reason_code);
