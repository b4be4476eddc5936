-- How often a live link was replaced by a newer one of the same purpose. A reset link is
-- replaced at most once in its hour (anyone may ask for one, so nobody can keep ending the
-- owner's link or fill the owner's mailbox); `replaced` starts over with a link made after the
-- last one expired.
ALTER TABLE email_links ADD COLUMN replaced INTEGER NOT NULL DEFAULT 0;
