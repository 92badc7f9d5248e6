CREATE TABLE tracks (id INTEGER PRIMARY KEY, album_id INTEGER REFERENCES albums (id));
--                                                            ^^^^^^^^^^^^^^^^^^^^^^ require-on-delete
