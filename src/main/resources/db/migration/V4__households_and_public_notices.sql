-- Households and their members (Annex 1 of 威扶贫组发〔2020〕4号): personal data kept in the application's own
-- tables, never in Camunda's. Processes carry household_id only.
CREATE TABLE household (
    id                VARCHAR(36)  NOT NULL,
    district          VARCHAR(64)  NOT NULL,
    township          VARCHAR(64)  NOT NULL,
    village           VARCHAR(50)  NOT NULL,
    natural_village   VARCHAR(50),
    head_name         VARCHAR(50)  NOT NULL,
    head_id_number    VARCHAR(18)  NOT NULL,
    phone             VARCHAR(20),
    -- A 脱贫享受政策户, B 一般农户, C 脱贫不再享受政策户: how the household entered identification
    category          CHAR(1)      NOT NULL,
    status            VARCHAR(30)  NOT NULL,
    status_since      DATE         NOT NULL,
    created_at        TIMESTAMP    NOT NULL,
    updated_at        TIMESTAMP    NOT NULL,
    CONSTRAINT pk_household PRIMARY KEY (id),
    CONSTRAINT uq_household_head UNIQUE (district, head_id_number),
    CONSTRAINT ck_household_category CHECK (category IN ('A', 'B', 'C'))
);
CREATE INDEX ix_household_district ON household (district, status);

CREATE TABLE household_member (
    household_id      VARCHAR(36)  NOT NULL,
    member_no         INTEGER      NOT NULL,
    name              VARCHAR(50)  NOT NULL,
    sex               VARCHAR(10)  NOT NULL,
    document_type     VARCHAR(20)  NOT NULL,
    id_number         VARCHAR(20)  NOT NULL,
    relation          VARCHAR(20)  NOT NULL,
    ethnicity         VARCHAR(20),
    political_status  VARCHAR(20),
    education         VARCHAR(20),
    schooling_status  VARCHAR(20),
    health            VARCHAR(20),
    work_region       VARCHAR(20),
    months_worked     INTEGER,
    CONSTRAINT pk_household_member PRIMARY KEY (household_id, member_no),
    CONSTRAINT fk_household_member FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT ck_household_member_months CHECK (months_worked IS NULL OR months_worked BETWEEN 0 AND 12)
);

-- One row per case: what the township reported, collected and what the district decided.
CREATE TABLE household_case (
    case_number          VARCHAR(100) NOT NULL,
    household_id         VARCHAR(36)  NOT NULL,
    process_instance_id  VARCHAR(64)  NOT NULL,
    district             VARCHAR(64)  NOT NULL,
    category             CHAR(1)      NOT NULL,
    reported_on          DATE         NOT NULL,
    risk1                VARCHAR(30)  NOT NULL,
    risk2                VARCHAR(30),
    risk3                VARCHAR(30),
    fast_track           BOOLEAN      NOT NULL,
    meeting_record       VARCHAR(100),
    -- incomes of the last year in fen (A28–A32 of Annex 1), collected for category B
    collected_on         DATE,
    income_wages         BIGINT,
    income_transfer      BIGINT,
    income_family_planning BIGINT,
    income_minimum_living  BIGINT,
    income_extreme_poverty BIGINT,
    income_pension       BIGINT,
    income_ecological    BIGINT,
    income_other_transfer BIGINT,
    income_business      BIGINT,
    income_property      BIGINT,
    income_asset_dividend BIGINT,
    income_other_property BIGINT,
    business_expenses    BIGINT,
    hardship             VARCHAR(2000),
    assistance_measures  VARCHAR(500),
    outcome              VARCHAR(30),
    outcome_reason       VARCHAR(500),
    started_at           TIMESTAMP    NOT NULL,
    ended_at             TIMESTAMP,
    CONSTRAINT pk_household_case PRIMARY KEY (case_number),
    CONSTRAINT uq_household_case_instance UNIQUE (process_instance_id),
    CONSTRAINT fk_household_case FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT ck_household_case_incomes CHECK (
        COALESCE(income_wages, 0) >= 0 AND COALESCE(income_transfer, 0) >= 0
        AND COALESCE(income_family_planning, 0) >= 0 AND COALESCE(income_minimum_living, 0) >= 0
        AND COALESCE(income_extreme_poverty, 0) >= 0 AND COALESCE(income_pension, 0) >= 0
        AND COALESCE(income_ecological, 0) >= 0 AND COALESCE(income_other_transfer, 0) >= 0
        AND COALESCE(income_business, 0) >= 0 AND COALESCE(income_property, 0) >= 0
        AND COALESCE(income_asset_dividend, 0) >= 0 AND COALESCE(income_other_property, 0) >= 0
        AND COALESCE(business_expenses, 0) >= 0)
);
CREATE INDEX ix_household_case_household ON household_case (household_id);

-- A household's status history: append-only, one row per change (or fast-track revert).
CREATE TABLE household_status_change (
    id                VARCHAR(36)  NOT NULL,
    household_id      VARCHAR(36)  NOT NULL,
    -- 1, 2, 3 … per household: the order of changes, also when several share a timestamp
    change_no         INTEGER      NOT NULL,
    case_number       VARCHAR(100),
    category          CHAR(1)      NOT NULL,
    status            VARCHAR(30)  NOT NULL,
    effective_on      DATE         NOT NULL,
    fast_track        BOOLEAN      NOT NULL,
    meeting_record    VARCHAR(100),
    note              VARCHAR(500),
    recorded_at       TIMESTAMP    NOT NULL,
    CONSTRAINT pk_household_status_change PRIMARY KEY (id),
    CONSTRAINT uq_household_status_change UNIQUE (household_id, change_no),
    CONSTRAINT fk_household_status_change FOREIGN KEY (household_id) REFERENCES household (id)
);

-- Public notices (公示) as the public board shows them: no ID numbers, phones, incomes or members, and the
-- person's given name masked (张**). Written by the public-notice process.
CREATE TABLE public_notice (
    id                   VARCHAR(36)  NOT NULL,
    process_instance_id  VARCHAR(64)  NOT NULL,
    case_number          VARCHAR(100) NOT NULL,
    district             VARCHAR(64)  NOT NULL,
    kind                 VARCHAR(30)  NOT NULL,
    title                VARCHAR(200) NOT NULL,
    village              VARCHAR(50)  NOT NULL,
    person               VARCHAR(50),
    category_label       VARCHAR(100),
    reason               VARCHAR(200),
    posted_on            DATE         NOT NULL,
    ends_on              DATE         NOT NULL,
    -- RUNNING, COMPLETED (no objection or objections dismissed), WITHDRAWN (objection upheld)
    status               VARCHAR(20)  NOT NULL,
    finished_at          TIMESTAMP,
    CONSTRAINT pk_public_notice PRIMARY KEY (id),
    CONSTRAINT uq_public_notice_instance UNIQUE (process_instance_id),
    CONSTRAINT ck_public_notice_period CHECK (ends_on > posted_on)
);
CREATE INDEX ix_public_notice_board ON public_notice (status, ends_on);

-- Objections raised during a notice and the district poverty office's decision. Not public.
CREATE TABLE public_notice_objection (
    id                VARCHAR(36)   NOT NULL,
    notice_id         VARCHAR(36)   NOT NULL,
    raised_at         TIMESTAMP     NOT NULL,
    raised_by         VARCHAR(64),
    content           VARCHAR(1000) NOT NULL,
    upheld            BOOLEAN,
    decision_reason   VARCHAR(500),
    decided_by        VARCHAR(64),
    decided_at        TIMESTAMP,
    CONSTRAINT pk_public_notice_objection PRIMARY KEY (id),
    CONSTRAINT fk_public_notice_objection FOREIGN KEY (notice_id) REFERENCES public_notice (id)
);
