-- Too few names to tell a style: three tables in three styles, and no configuration.
CREATE TABLE order_items (id bigint PRIMARY KEY, "unitPrice" numeric NOT NULL);
CREATE TABLE "OrderNotes" ("noteId" bigint PRIMARY KEY);
CREATE TABLE "shipmentEvents" (event_id bigint PRIMARY KEY);
