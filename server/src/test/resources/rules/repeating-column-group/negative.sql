CREATE TABLE files (
  id bigint PRIMARY KEY,
  -- numbers that are part of a standard name
  md5 text,
  sha1 text,
  sha256 text,
  sha512 text,
  ipv4 inet,
  ipv6 inet,
  s3_key text,
  oauth2_token text,
  x509_cert text,
  base64_body text,
  int32_value integer,
  -- two of a kind is common (address, address2; address_line1, address_line2)
  address text,
  address2 text,
  address_line1 text,
  address_line2 text,
  -- numbers that do not run 1..n
  level0 int,
  level1 int,
  level2 int,
  slot2 int,
  slot3 int,
  slot4 int,
  size10 int,
  size20 int,
  size30 int,
  -- a number inside the name
  top10_count int,
  v2_enabled boolean
);

CREATE TABLE hashes (id bigint PRIMARY KEY, sha1 text, sha2 text, sha3 text);
