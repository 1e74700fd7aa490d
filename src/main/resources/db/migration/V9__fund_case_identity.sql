-- A district's share of a fund notice is the record of its fund-disbursement case: the application binds the
-- share to the case number (the process's business key) before the process starts, and every step reads the
-- notice, the district and the proposal round from here by that number, never from process variables.
--   case_number          FD-<district>-<year>-<nnnnn>; NULL until bound, bound once, never to two shares
--   proposal_round       the allocation proposal being worked on; 1 + the rounds district finance sent back
--   process_instance_id  (V6) the one process instance that works the case, claimed by its first step
ALTER TABLE fund_notice_share ADD COLUMN case_number VARCHAR(100);
ALTER TABLE fund_notice_share ADD COLUMN proposal_round INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE fund_notice_share ADD CONSTRAINT uq_fund_notice_share_case UNIQUE (case_number);
ALTER TABLE fund_notice_share ADD CONSTRAINT ck_fund_notice_share_round CHECK (proposal_round >= 1);

-- Cases started before this migration: the receipt each posted when it started names its case.
UPDATE fund_notice_share s SET case_number = (
    SELECT MIN(e.case_number) FROM ledger_entry e
    JOIN fund_notice n ON n.document_number = e.document_number
    JOIN fund_line_balance b ON b.id = e.balance_id
    WHERE n.id = s.notice_id AND b.district = s.district AND e.entry_type = 'RECEIPT')
WHERE s.process_instance_id IS NOT NULL;

-- ... and its round follows the proposals sent back so far.
UPDATE fund_notice_share s SET proposal_round = 1 + (
    SELECT COALESCE(MAX(a.proposal_round), 0) FROM fund_allocation a
    WHERE a.case_number = s.case_number AND a.status = 'REJECTED')
WHERE s.case_number IS NOT NULL;
