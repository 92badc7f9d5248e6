CREATE TABLE orders (
    id integer PRIMARY KEY,
    name character varying(100) NOT NULL,
    code varchar(10) NOT NULL,
    ref varchar(10),
    label varchar(10),
    price numeric(10, 2) NOT NULL,
    tax numeric(10, 2) NOT NULL,
    note text,
    placed_at timestamp(3) NOT NULL,
    tags varchar(10)[]
);
