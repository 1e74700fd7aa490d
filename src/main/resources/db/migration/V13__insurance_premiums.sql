-- Premium payments (保费缴纳, seed 001: 各区市财政局…划拨所需资金至保险承办机构指定账户): one row per insurance-premium
-- case. The figures are fixed when the district poverty office starts the case (insured people × premium per person;
-- the upper-level funds received on 扶贫特惠保险补助 that pay it, province first; the district's matching); district
-- finance's payment adds the day and the outcome. Money is integer fen.
CREATE TABLE insurance_premium (
    case_number          VARCHAR(100) NOT NULL,
    process_instance_id  VARCHAR(64)  NOT NULL,
    district             VARCHAR(64)  NOT NULL,
    insurance_year       INTEGER      NOT NULL,
    -- district:year while the case runs or once it is paid; NULL once cancelled: one live case per district and year
    live_key             VARCHAR(80),
    insured_people       INTEGER      NOT NULL,
    premium_per_person   BIGINT       NOT NULL,
    need                 BIGINT       NOT NULL,
    -- the upper-level funds received within the year and the part of each that pays the premium
    province_received    BIGINT       NOT NULL,
    city_received        BIGINT       NOT NULL,
    province_part        BIGINT       NOT NULL,
    city_part            BIGINT       NOT NULL,
    district_matching    BIGINT       NOT NULL,
    started_on           DATE         NOT NULL,
    started_by           VARCHAR(64)  NOT NULL,
    paid_on              DATE,
    paid_by              VARCHAR(64),
    payment_comment      VARCHAR(500),
    -- PAID, CANCELLED; NULL while the case runs
    outcome              VARCHAR(20),
    started_at           TIMESTAMP    NOT NULL,
    ended_at             TIMESTAMP,
    CONSTRAINT pk_insurance_premium PRIMARY KEY (case_number),
    CONSTRAINT uq_insurance_premium_instance UNIQUE (process_instance_id),
    CONSTRAINT uq_insurance_premium_live UNIQUE (live_key),
    CONSTRAINT ck_insurance_premium_amounts CHECK (insured_people > 0 AND premium_per_person > 0 AND need > 0
        AND province_received >= 0 AND city_received >= 0 AND province_part >= 0 AND city_part >= 0
        AND district_matching >= 0 AND province_part + city_part + district_matching = need),
    CONSTRAINT ck_insurance_premium_outcome CHECK (outcome IS NULL OR outcome IN ('PAID', 'CANCELLED')),
    CONSTRAINT ck_insurance_premium_live CHECK ((outcome = 'CANCELLED' AND live_key IS NULL)
        OR ((outcome IS NULL OR outcome = 'PAID') AND live_key IS NOT NULL))
);
CREATE INDEX ix_insurance_premium_district ON insurance_premium (district, insurance_year);
