-- Delivered mail keeps no body: a body can hold a live link. From this version on a queued
-- body is sealed with the secrets' key ring and emptied once the mail is delivered; the bodies
-- of mail delivered before are forgotten here.
UPDATE mail_outbox SET body = '' WHERE sent_at IS NOT NULL;
