-- China's holiday arrangements (国务院办公厅关于部分节假日安排的通知), one row per notice year and per listed day.
-- A day is listed as off (放假) or as an adjusted working day (调休上班); unlisted days follow Monday–Friday.
CREATE TABLE holiday_year (
    notice_year  INTEGER      NOT NULL,
    source       VARCHAR(200) NOT NULL,
    loaded_at    TIMESTAMP    NOT NULL,
    CONSTRAINT pk_holiday_year PRIMARY KEY (notice_year)
);

CREATE TABLE holiday_day (
    holiday_date DATE         NOT NULL,
    notice_year  INTEGER      NOT NULL,
    name         VARCHAR(50)  NOT NULL,
    off_day      BOOLEAN      NOT NULL,
    CONSTRAINT pk_holiday_day PRIMARY KEY (holiday_date),
    CONSTRAINT fk_holiday_day_year FOREIGN KEY (notice_year) REFERENCES holiday_year (notice_year)
);
