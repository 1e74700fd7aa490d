-- The performance-evaluation case (002, issue 13), one per district and year (business key PE-<district>-<year>).
-- The materials a district's poverty office submitted (002 第十条: due by 25 December): the references of its
-- documents, a remark, who and when (engine clock). One row per district and year; submitting again replaces it.
CREATE TABLE evaluation_materials (
    district          VARCHAR(64)   NOT NULL,
    evaluation_year   INTEGER       NOT NULL,
    documents         VARCHAR(2000) NOT NULL,
    remark            VARCHAR(500),
    submitted_by      VARCHAR(64)   NOT NULL,
    submitted_at      TIMESTAMP     NOT NULL,
    CONSTRAINT pk_evaluation_materials PRIMARY KEY (district, evaluation_year)
);

-- The published result (002 第十一条): the total on the 100 scale, the raw total and its scale (84 or 100), the
-- grade, who published it and when (engine clock), written in the transaction that completes the city's scoring.
-- The public board /public/evaluations shows district, year, total, grade and the day.
CREATE TABLE evaluation_grade (
    district          VARCHAR(64)   NOT NULL,
    evaluation_year   INTEGER       NOT NULL,
    points            NUMERIC(6,2)  NOT NULL,
    raw_points        NUMERIC(6,2)  NOT NULL,
    scale             INTEGER       NOT NULL,
    grade             VARCHAR(10)   NOT NULL,
    published_at      TIMESTAMP     NOT NULL,
    published_by      VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_evaluation_grade PRIMARY KEY (district, evaluation_year),
    CONSTRAINT ck_evaluation_grade_grade CHECK (grade IN ('优秀', '良好', '及格', '不及格')),
    CONSTRAINT ck_evaluation_grade_scale CHECK (scale IN (84, 100))
);
CREATE INDEX ix_evaluation_grade_year ON evaluation_grade (evaluation_year);
