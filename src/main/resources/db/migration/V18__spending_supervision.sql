-- Spending behind plan (项目支出进度落后督办, issue 13, seeds 003 and 004): one row per project of a district that was
-- behind its spending plan at a checkpoint (the end of March, June, October, December), written in the transaction
-- that starts its spending-supervision case (business key SB-<district>-<project>-<yyyy-MM>). The case's identity
-- (district, project, checkpoint, amounts) is read from here by business key, never from a process variable. The city
-- poverty office's 督办意见 and catch-up date, and the moment the project caught up, are added as they happen.
CREATE TABLE spending_supervision (
    business_key          VARCHAR(120)  NOT NULL,
    district              VARCHAR(64)   NOT NULL,
    project_code          VARCHAR(32)   NOT NULL,
    checkpoint_date       DATE          NOT NULL,
    planned_percent       DECIMAL(5,2)  NOT NULL,
    planned_fen           BIGINT        NOT NULL,
    disbursed_fen         BIGINT        NOT NULL,
    process_instance_id   VARCHAR(64),
    detected_at           TIMESTAMP     NOT NULL,
    opinion               VARCHAR(1000),
    catch_up_by           DATE,
    issued_by             VARCHAR(64),
    issued_at             TIMESTAMP,
    caught_up_at          TIMESTAMP,
    caught_up_fen         BIGINT,
    CONSTRAINT pk_spending_supervision PRIMARY KEY (business_key),
    CONSTRAINT uq_spending_supervision UNIQUE (district, project_code, checkpoint_date)
);
CREATE INDEX ix_spending_supervision_open ON spending_supervision (district, caught_up_at);
