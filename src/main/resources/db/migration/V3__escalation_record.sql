-- Escalations of overdue steps (督办): who was late, by how much, and who was told. One row per step and level.
CREATE TABLE escalation_record (
    id                   VARCHAR(36)  NOT NULL,
    case_key             VARCHAR(100),
    process_instance_id  VARCHAR(64)  NOT NULL,
    task_id              VARCHAR(64)  NOT NULL,
    step_id              VARCHAR(100) NOT NULL,
    step_name            VARCHAR(200) NOT NULL,
    district             VARCHAR(64),
    responsible_group    VARCHAR(200),
    deadline             TIMESTAMP    NOT NULL,
    escalation_level     INTEGER      NOT NULL,
    escalated_at         TIMESTAMP    NOT NULL,
    supervising_group    VARCHAR(64)  NOT NULL,
    incident_id          VARCHAR(64),
    supervision_task_id  VARCHAR(64),
    completed_at         TIMESTAMP,
    late_working_days    INTEGER,
    CONSTRAINT pk_escalation_record PRIMARY KEY (id),
    CONSTRAINT uq_escalation_step_level UNIQUE (task_id, escalation_level),
    CONSTRAINT ck_escalation_level CHECK (escalation_level IN (1, 2))
);
CREATE INDEX ix_escalation_district ON escalation_record (district, escalated_at);
