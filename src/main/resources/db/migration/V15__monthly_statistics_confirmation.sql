-- Monthly statistics (月统计, issue 13): the district poverty office's confirmation of its month, written in the
-- transaction that completes the task 确认月统计. One per district and month; the time is the engine clock's.
CREATE TABLE monthly_statistics_confirmation (
    district      VARCHAR(64)  NOT NULL,
    statistics_month    VARCHAR(7)   NOT NULL,
    confirmed_by  VARCHAR(64)  NOT NULL,
    confirmed_at  TIMESTAMP    NOT NULL,
    remark        VARCHAR(500),
    CONSTRAINT uq_monthly_statistics_confirmation UNIQUE (district, statistics_month)
);
