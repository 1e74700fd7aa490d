-- Spending against plan (项目支出进度) sums a project's disbursements by business date: find them by project code.
CREATE INDEX ix_ledger_entry_project ON ledger_entry (project_code, occurred_on);
