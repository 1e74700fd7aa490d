-- Holds (预留) on a fund line: an allocation proposal the poverty office made and the server accepted holds its
-- amount on the line until its allocations are posted (ALLOCATED) or the case ends without them (RELEASED), so a
-- second proposal cannot promise the same money and district finance can always record its matching.
--   amount            the proposal's total, in fen
--   against_matching  the part of the hold that the proposing case's own matching, still to come when the proposal
--                     was accepted, will cover (at most amount); the rest is held out of money already on the line
-- fund_line_balance keeps the sums of the HELD rows: reserved and reserved_against_matching. The code refuses a
-- hold when allocated + reserved - reserved_against_matching would exceed received + matched; that rule is not a
-- database check, as proposals accepted before this migration may already break it.
CREATE TABLE fund_reservation (
    reservation_key    VARCHAR(200)  NOT NULL,
    balance_id         BIGINT        NOT NULL,
    amount             BIGINT        NOT NULL,
    against_matching   BIGINT        NOT NULL,
    case_number        VARCHAR(100),
    document_number    VARCHAR(200),
    held_on            DATE          NOT NULL,
    held_at            TIMESTAMP     NOT NULL,
    held_by            VARCHAR(64)   NOT NULL,
    -- HELD, ALLOCATED, RELEASED
    status             VARCHAR(20)   NOT NULL,
    closed_at          TIMESTAMP,
    CONSTRAINT pk_fund_reservation PRIMARY KEY (reservation_key),
    CONSTRAINT fk_fund_reservation_balance FOREIGN KEY (balance_id) REFERENCES fund_line_balance (id),
    CONSTRAINT ck_fund_reservation_amount CHECK (amount > 0 AND against_matching >= 0 AND against_matching <= amount),
    CONSTRAINT ck_fund_reservation_status CHECK (status IN ('HELD', 'ALLOCATED', 'RELEASED'))
);
CREATE INDEX ix_fund_reservation_balance ON fund_reservation (balance_id, status);
CREATE INDEX ix_fund_reservation_case ON fund_reservation (case_number, status);

ALTER TABLE fund_line_balance ADD COLUMN reserved BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE fund_line_balance ADD COLUMN reserved_against_matching BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE fund_line_balance ADD CONSTRAINT ck_fund_line_reserved
    CHECK (reserved_against_matching >= 0 AND reserved_against_matching <= reserved);

-- Proposals accepted before this migration and not yet posted (their case still waits for its matching) hold
-- their amount from now on, under the key the application uses: <case number>:<round>:reservation.
INSERT INTO fund_reservation (reservation_key, balance_id, amount, against_matching, case_number, document_number,
    held_on, held_at, held_by, status)
SELECT a.case_number || ':' || a.proposal_round || ':reservation', b.id, SUM(a.amount_fen),
    LEAST(SUM(a.amount_fen), CASE WHEN EXISTS (SELECT 1 FROM ledger_entry e WHERE e.idempotency_key IN (
            'fund-notice:' || s.notice_id || ':' || s.district || ':matching', a.case_number || ':matching'))
        THEN 0 ELSE COALESCE(s.matching_fen, 0) END),
    a.case_number, n.document_number, MIN(a.proposed_on), CURRENT_TIMESTAMP, 'system', 'HELD'
FROM fund_allocation a
JOIN fund_notice_share s ON s.case_number = a.case_number AND s.proposal_round = a.proposal_round
JOIN fund_notice n ON n.id = s.notice_id
JOIN fund_line_balance b ON b.district = s.district AND b.fund_line = n.fund_line AND b.fund_level = n.fund_level
    AND b.function_code = n.function_code AND b.government_economic_code = n.government_economic_code
    AND b.department_economic_code = n.department_economic_code
WHERE a.status = 'PROPOSED'
GROUP BY a.case_number, a.proposal_round, b.id, s.notice_id, s.district, s.matching_fen, n.document_number;

UPDATE fund_line_balance SET
    reserved = (SELECT COALESCE(SUM(r.amount), 0) FROM fund_reservation r
        WHERE r.balance_id = fund_line_balance.id AND r.status = 'HELD'),
    reserved_against_matching = (SELECT COALESCE(SUM(r.against_matching), 0) FROM fund_reservation r
        WHERE r.balance_id = fund_line_balance.id AND r.status = 'HELD');
