-- Backup codes are hashed with the user id since this version (2); codes made before (1, the
-- code alone) keep working until they are spent or replaced.
ALTER TABLE backup_codes ADD COLUMN hash_version INTEGER NOT NULL DEFAULT 1;
