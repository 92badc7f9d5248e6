CREATE TABLE [Album] ([AlbumId] INTEGER PRIMARY KEY, [Title] NVARCHAR(160) NOT NULL, [ArtistId] INTEGER NOT NULL);
CREATE TABLE [Artist] ([ArtistId] INTEGER PRIMARY KEY, [Name] NVARCHAR(120));
CREATE TABLE [Customer] ([CustomerId] INTEGER PRIMARY KEY, [FirstName] NVARCHAR(40) NOT NULL, [LastName] NVARCHAR(20) NOT NULL);
CREATE TABLE [Genre] ([GenreId] INTEGER PRIMARY KEY, [Name] NVARCHAR(120));
CREATE TABLE [InvoiceLine] ([InvoiceLineId] INTEGER PRIMARY KEY, [unit_price] NUMERIC(10,2) NOT NULL, [Quantity] INTEGER NOT NULL);
--                                                               ^^^^^^^^^^^^ naming-convention column InvoiceLine.unit_price is snake_case,
CREATE TABLE [Playlists] ([PlaylistId] INTEGER PRIMARY KEY, [Name] NVARCHAR(120));
--           ^^^^^^^^^^^ naming-convention table Playlists is plural,
CREATE TABLE [media_type] ([MediaTypeId] INTEGER PRIMARY KEY, [Name] NVARCHAR(120));
--           ^^^^^^^^^^^^ naming-convention table media_type is snake_case,
