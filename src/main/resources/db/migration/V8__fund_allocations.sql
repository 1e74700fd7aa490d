-- The lines of a district's allocation proposal (资金分配意见) and what became of them, per round (a rejected
-- proposal is reversed and proposed again), and the public announcement of allocations and disbursements
-- (公告公示, the "两个一律" rule). Amounts in fen.
CREATE TABLE fund_allocation (
    case_number            VARCHAR(100)  NOT NULL,
    proposal_round         INTEGER       NOT NULL,
    line_no                INTEGER       NOT NULL,
    district               VARCHAR(64)   NOT NULL,
    project_code           VARCHAR(40)   NOT NULL,
    project_name           VARCHAR(200)  NOT NULL,
    amount_fen             BIGINT        NOT NULL,
    use_description        VARCHAR(200)  NOT NULL,
    proposed_on            DATE          NOT NULL,
    proposed_by            VARCHAR(64),
    -- PROPOSED, ALLOCATED, REJECTED, DISBURSED
    status                 VARCHAR(20)   NOT NULL,
    disbursed_on           DATE,
    CONSTRAINT pk_fund_allocation PRIMARY KEY (case_number, proposal_round, line_no),
    CONSTRAINT ck_fund_allocation_amount CHECK (amount_fen > 0)
);
CREATE INDEX ix_fund_allocation_district ON fund_allocation (district, status);

CREATE TABLE public_fund_announcement (
    case_number            VARCHAR(100)  NOT NULL,
    proposal_round         INTEGER       NOT NULL,
    line_no                INTEGER       NOT NULL,
    district               VARCHAR(64)   NOT NULL,
    document_number        VARCHAR(100)  NOT NULL,
    fund_line              VARCHAR(100)  NOT NULL,
    fund_level             VARCHAR(10)   NOT NULL,
    project_code           VARCHAR(40)   NOT NULL,
    project_name           VARCHAR(200)  NOT NULL,
    amount_fen             BIGINT        NOT NULL,
    allocated_on           DATE          NOT NULL,
    disbursed_on           DATE          NOT NULL,
    published_at           TIMESTAMP     NOT NULL,
    CONSTRAINT pk_public_fund_announcement PRIMARY KEY (case_number, proposal_round, line_no)
);
CREATE INDEX ix_public_fund_announcement ON public_fund_announcement (disbursed_on);
