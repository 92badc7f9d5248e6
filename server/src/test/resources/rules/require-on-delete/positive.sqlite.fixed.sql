CREATE TABLE tracks (id INTEGER PRIMARY KEY, album_id INTEGER REFERENCES albums (id) ON DELETE CASCADE);
--                                                            ^^^^^^^^^^^^^^^^^^^^^^ require-on-delete
