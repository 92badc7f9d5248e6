ALTER TABLE accounts ADD CONSTRAINT positive_balance CHECK (balance >= 0) NOT VALID;
ALTER TABLE accounts VALIDATE CONSTRAINT positive_balance;
--                                  ^^^^^^^^^^^^^^^^ constraint-missing-not-valid Adding CHECK constraint positive_balance to accounts, a table that exists before this migration, checks every existing row while holding ACCESS EXCLUSIVE on accounts (reads and writes wait); add it NOT VALID, then VALIDATE CONSTRAINT positive_balance in a statement of its own
ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;
--                                ^^^^^^^^^^^^^^^^^^^ constraint-missing-not-valid foreign key orders_user_id_fkey (user_id) → users to orders, a table that exists before this migration, checks every existing row while holding SHARE ROW EXCLUSIVE on orders and users
ALTER TABLE orders ADD CHECK (total >= 0);
--                     ^^^^^^^^^^^^^^^^^^ constraint-missing-not-valid add it NOT VALID with a name (ADD CONSTRAINT <name> ...), then VALIDATE CONSTRAINT <name>
ALTER TABLE public.accounts
    ADD CONSTRAINT "Balance limit" CHECK (balance < 1000000) NOT VALID -- keep in step with the app
--                 ^^^^^^^^^^^^^^^ constraint-missing-not-valid
    ;
ALTER TABLE public.accounts VALIDATE CONSTRAINT "Balance limit";
ALTER TABLE accounts ADD CONSTRAINT accounts_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) NOT VALID;
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_owner_id_fkey;
ALTER TABLE accounts ADD CONSTRAINT accounts_id_owner_key UNIQUE (id, owner_id);
CREATE TABLE items (id bigint PRIMARY KEY, order_id bigint NOT NULL, qty integer NOT NULL);
ALTER TABLE items ADD CONSTRAINT items_qty_check CHECK (qty > 0);
ALTER TABLE items ADD CONSTRAINT items_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE;
ALTER TABLE users ADD CONSTRAINT users_invited_by_fkey FOREIGN KEY (invited_by) REFERENCES users (id) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_invited_by_fkey;
--                               ^^^^^^^^^^^^^^^^^^^^^ constraint-missing-not-valid SHARE ROW EXCLUSIVE on users (writes wait)
ALTER TABLE orders ADD COLUMN note text, ADD CONSTRAINT orders_note_check CHECK (length(note) < 500) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_note_check;
--                                                      ^^^^^^^^^^^^^^^^^ constraint-missing-not-valid ACCESS EXCLUSIVE on orders
