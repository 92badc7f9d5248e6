ALTER TABLE orders ALTER COLUMN shipping_address DROP NOT NULL;
--                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ban-drop-not-null dropping NOT NULL from orders.shipping_address lets in NULLs that the deployed application may not expect when it reads shipping_address, and is not simply undone: once a NULL is written, SET NOT NULL fails until every NULL is backfilled; first deploy code that handles a NULL shipping_address
alter table public.orders alter phone drop not null, alter column note drop not null;
--                        ^^^^^^^^^^^^^^^^^^^^^^^^^ ban-drop-not-null orders.phone
--                                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ban-drop-not-null orders.note
