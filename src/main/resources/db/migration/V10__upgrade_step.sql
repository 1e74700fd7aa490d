-- Steps that bring the data of an earlier version to the rules of a later one and need the engine's tables and
-- services, so the application runs them once at its first start (Flyway runs before the engine): each step's
-- row is written in the same transaction as its work, and a second node starting at the same moment finds it.
CREATE TABLE upgrade_step (
    name        VARCHAR(100)  NOT NULL,
    done_at     TIMESTAMP     NOT NULL,
    CONSTRAINT pk_upgrade_step PRIMARY KEY (name)
);
