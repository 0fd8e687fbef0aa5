-- Ready for distribution by couple (docs/scaling.md, section 4): couples.withdrawn_from points
-- from the space someone withdrew their records into to the space they left. With Citus both
-- rows are distributed by their own id, and a foreign key between two distribution values is not
-- allowed. The column stays; the link is kept by the code instead: the leave writes it inside
-- the leave's transaction (features/privacy/withdrawal.ts), and deleting a space nobody is left
-- in clears it, as ON DELETE SET NULL did (features/privacy/deletion-store.ts).
ALTER TABLE couples DROP CONSTRAINT couples_withdrawn_from_fkey;
