-- Readable case numbers (e.g. HI-daoli-2026-00042): one counter per prefix, district and year.
CREATE TABLE case_number_sequence (
    prefix      VARCHAR(16) NOT NULL,
    district    VARCHAR(64) NOT NULL,
    case_year   INTEGER     NOT NULL,
    last_value  BIGINT      NOT NULL,
    CONSTRAINT pk_case_number_sequence PRIMARY KEY (prefix, district, case_year),
    CONSTRAINT ck_case_number_positive CHECK (last_value >= 0)
);
