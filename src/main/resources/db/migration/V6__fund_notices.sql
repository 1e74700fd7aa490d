-- Budget index notices (指标下达) as registered by city finance or an integrating system, and each receiving
-- district's share. Amounts in fen.
CREATE TABLE fund_notice (
    id                          VARCHAR(36)   NOT NULL,
    document_number             VARCHAR(100)  NOT NULL,
    issued_on                   DATE          NOT NULL,
    fund_level                  VARCHAR(10)   NOT NULL,
    fund_line                   VARCHAR(100)  NOT NULL,
    function_code               VARCHAR(10)   NOT NULL,
    government_economic_code    VARCHAR(10)   NOT NULL,
    department_economic_code    VARCHAR(10)   NOT NULL,
    -- matching funds required of each district per yuan received (1:1 → 1), NULL when none is required
    matching_ratio              DECIMAL(8, 4),
    source                      VARCHAR(10)   NOT NULL,
    registered_by               VARCHAR(64),
    registered_at               TIMESTAMP     NOT NULL,
    CONSTRAINT pk_fund_notice PRIMARY KEY (id),
    CONSTRAINT uq_fund_notice_document UNIQUE (document_number),
    CONSTRAINT ck_fund_notice_level CHECK (fund_level IN ('CENTRAL', 'PROVINCE', 'CITY', 'DISTRICT')),
    CONSTRAINT ck_fund_notice_ratio CHECK (matching_ratio IS NULL OR matching_ratio >= 0)
);

CREATE TABLE fund_notice_share (
    notice_id                   VARCHAR(36)   NOT NULL,
    district                    VARCHAR(64)   NOT NULL,
    amount_fen                  BIGINT        NOT NULL,
    matching_fen                BIGINT,
    process_instance_id         VARCHAR(64),
    CONSTRAINT pk_fund_notice_share PRIMARY KEY (notice_id, district),
    CONSTRAINT fk_fund_notice_share FOREIGN KEY (notice_id) REFERENCES fund_notice (id),
    CONSTRAINT ck_fund_notice_share_amount CHECK (amount_fen > 0 AND (matching_fen IS NULL OR matching_fen >= 0))
);
CREATE INDEX ix_fund_notice_share_district ON fund_notice_share (district);
