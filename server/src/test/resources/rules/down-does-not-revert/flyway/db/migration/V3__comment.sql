COMMENT ON TABLE users IS 'People';
