-- Province's evaluation (002, issue 13): the items scored from evidence, entered by the city poverty office for a
-- district and year, each with the reference of the document it rests on; one row per district, year and item
-- (1a, 1b, 4, 5, 7, 8, 9, 10, 11). The time is the engine clock's.
CREATE TABLE evaluation_evidence (
    district           VARCHAR(64)   NOT NULL,
    evaluation_year    INTEGER       NOT NULL,
    item_code          VARCHAR(4)    NOT NULL,
    points             NUMERIC(5,2)  NOT NULL,
    evidence_reference VARCHAR(500)  NOT NULL,
    entered_by         VARCHAR(64)   NOT NULL,
    entered_at         TIMESTAMP     NOT NULL,
    CONSTRAINT pk_evaluation_evidence PRIMARY KEY (district, evaluation_year, item_code)
);

-- The districts that are national poverty counties (002 第七条: the 20 国家级贫困县 are scored on 100 points with
-- item 7; every other county on 84 points, converted to 100). A district without a row is not one.
CREATE TABLE evaluation_county (
    district                VARCHAR(64) NOT NULL PRIMARY KEY,
    national_poverty_county BOOLEAN     NOT NULL
);

-- 延寿县 is Harbin's national poverty county (国家扶贫开发工作重点县).
INSERT INTO evaluation_county (district, national_poverty_county) VALUES ('yanshou', TRUE);
