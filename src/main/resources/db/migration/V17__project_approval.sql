-- Project approval (立项审批, issue 13; seed 003: 乡申报、县审核、市复核). A township applies for a project with its goal
-- table; the district poverty office reviews it; when it asks for city-level special funds the city poverty office
-- re-reviews it; an approved project enters the library. Times are the engine clock's.

-- How a project entered the library: DIRECT (区县直接入库: the district poverty office entered it, no city funds),
-- DISTRICT_REVIEWED (乡申报、县审核) or CITY_REVIEWED (乡申报、县审核、市复核). Projects entered before this migration
-- were entered directly by their district.
ALTER TABLE project ADD COLUMN entry_route VARCHAR(20) DEFAULT 'DIRECT' NOT NULL;
ALTER TABLE project ADD CONSTRAINT ck_project_entry_route
    CHECK (entry_route IN ('DIRECT', 'DISTRICT_REVIEWED', 'CITY_REVIEWED'));
-- 资金级次 the project asks for (CENTRAL, PROVINCE, CITY, DISTRICT); null when the district did not say.
ALTER TABLE project ADD COLUMN fund_level VARCHAR(16);
-- The applying township's code (township-<district>-<township>), null for a direct entry.
ALTER TABLE project ADD COLUMN township VARCHAR(64);

CREATE TABLE project_application (
    district       VARCHAR(64)   NOT NULL,
    code           VARCHAR(32)   NOT NULL,
    township       VARCHAR(64)   NOT NULL,
    fund_level     VARCHAR(16)   NOT NULL,
    -- the goal table as applied (and as revised after a return), checked by the same rules as the library's
    content        TEXT          NOT NULL,
    -- SUBMITTED (县审核中), DISTRICT_APPROVED (市复核中), RETURNED (退回修改), APPROVED (已入库), REJECTED (不予立项),
    -- WITHDRAWN (乡镇撤回)
    status         VARCHAR(20)   NOT NULL,
    -- the day the current step's deadline counts from (submitted, resubmitted, approved by the district, returned)
    step_since     DATE          NOT NULL,
    applied_by     VARCHAR(64)   NOT NULL,
    applied_at     TIMESTAMP     NOT NULL,
    updated_by     VARCHAR(64)   NOT NULL,
    updated_at     TIMESTAMP     NOT NULL,
    CONSTRAINT pk_project_application PRIMARY KEY (district, code),
    CONSTRAINT ck_project_application_status CHECK (status IN ('SUBMITTED', 'DISTRICT_APPROVED', 'RETURNED', 'APPROVED',
        'REJECTED', 'WITHDRAWN')),
    CONSTRAINT ck_project_application_level CHECK (fund_level IN ('CENTRAL', 'PROVINCE', 'CITY', 'DISTRICT'))
);
CREATE INDEX ix_project_application_status ON project_application (district, status);

-- Each step's decision with its opinion, in order: the application's file (申报、审核、复核记录).
CREATE TABLE project_application_step (
    district       VARCHAR(64)   NOT NULL,
    code           VARCHAR(32)   NOT NULL,
    position       INTEGER       NOT NULL,
    -- APPLY, REVISE, WITHDRAW, DISTRICT_REVIEW, CITY_REVIEW
    step           VARCHAR(20)   NOT NULL,
    -- APPROVE, RETURN, REJECT for reviews; SUBMIT for APPLY and REVISE; WITHDRAW
    decision       VARCHAR(20)   NOT NULL,
    opinion        VARCHAR(500),
    decided_by     VARCHAR(64)   NOT NULL,
    decided_at     TIMESTAMP     NOT NULL,
    CONSTRAINT pk_project_application_step PRIMARY KEY (district, code, position),
    CONSTRAINT fk_project_application_step FOREIGN KEY (district, code) REFERENCES project_application (district, code)
);
