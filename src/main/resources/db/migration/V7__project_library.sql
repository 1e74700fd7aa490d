-- The district's poverty project library (项目库, 001): a project not in the library may not receive special
-- poverty funds, and a project without performance goals (绩效目标, laid out as in 004) may not enter it.
CREATE TABLE project (
    district         VARCHAR(64)   NOT NULL,
    code             VARCHAR(32)   NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    -- 资金名称 of the fund line the project may be paid from (专款专用: one line, its own uses only)
    fund_line        VARCHAR(100)  NOT NULL,
    purpose          VARCHAR(500)  NOT NULL,
    budget_fen       BIGINT        NOT NULL,
    -- 资金支出计划（%）: cumulative share spent by the end of March, June, October and December
    plan_march       NUMERIC(5, 2) NOT NULL,
    plan_june        NUMERIC(5, 2) NOT NULL,
    plan_october     NUMERIC(5, 2) NOT NULL,
    plan_december    NUMERIC(5, 2) NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    updated_at       TIMESTAMP     NOT NULL,
    updated_by       VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_project PRIMARY KEY (district, code),
    CONSTRAINT ck_project_budget CHECK (budget_fen > 0),
    CONSTRAINT ck_project_plan CHECK (plan_march >= 0 AND plan_march <= plan_june AND plan_june <= plan_october
        AND plan_october <= plan_december AND plan_december = 100)
);
CREATE INDEX ix_project_fund_line ON project (district, fund_line);

-- Performance indicators in three levels: 一级 level, 二级 category, 三级 name, with the target value.
CREATE TABLE project_indicator (
    district         VARCHAR(64)   NOT NULL,
    code             VARCHAR(32)   NOT NULL,
    position         INTEGER       NOT NULL,
    level            VARCHAR(20)   NOT NULL,
    category         VARCHAR(40)   NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    target           VARCHAR(100)  NOT NULL,
    CONSTRAINT pk_project_indicator PRIMARY KEY (district, code, position),
    CONSTRAINT fk_project_indicator_project FOREIGN KEY (district, code) REFERENCES project (district, code)
        ON DELETE CASCADE,
    CONSTRAINT ck_project_indicator_level CHECK (level IN ('产出指标', '效益指标', '满意度指标'))
);
