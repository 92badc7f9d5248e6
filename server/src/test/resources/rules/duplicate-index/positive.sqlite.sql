CREATE TABLE "PlaylistTrack" (
  "PlaylistId" INTEGER NOT NULL,
  "TrackId" INTEGER NOT NULL,
  CONSTRAINT "PK_PlaylistTrack" PRIMARY KEY ("PlaylistId", "TrackId")
);
CREATE INDEX "IFK_PlaylistTrackPlaylistId" ON "PlaylistTrack" ("PlaylistId");
--           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ duplicate-index
CREATE INDEX "IFK_PlaylistTrackTrackId" ON "PlaylistTrack" ("TrackId");
