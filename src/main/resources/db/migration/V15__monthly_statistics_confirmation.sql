-- Monthly statistics (月统计, issue 13): the district poverty office's confirmation of its month, written in the
-- transaction that completes the task 确认月统计. One per district and month; the time is the engine clock's.
-- "month" is quoted: MONTH is a keyword in H2 2.x (PostgreSQL folds the unquoted name to the same lowercase).
CREATE TABLE monthly_statistics_confirmation (
    district      VARCHAR(64)  NOT NULL,
    "month"       VARCHAR(7)   NOT NULL,
    confirmed_by  VARCHAR(64)  NOT NULL,
    confirmed_at  TIMESTAMP    NOT NULL,
    remark        VARCHAR(500),
    CONSTRAINT uq_monthly_statistics_confirmation UNIQUE (district, "month")
);
