-- The language the user chose (a locale id such as de-DE), for the interface after logging in
-- and for anything the server writes to the user; NULL until they choose or sign up.
ALTER TABLE users ADD COLUMN language TEXT;
