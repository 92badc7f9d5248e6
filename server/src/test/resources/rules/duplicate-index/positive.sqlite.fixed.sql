CREATE TABLE "PlaylistTrack" (
  "PlaylistId" INTEGER NOT NULL,
  "TrackId" INTEGER NOT NULL,
  CONSTRAINT "PK_PlaylistTrack" PRIMARY KEY ("PlaylistId", "TrackId")
);
--           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ duplicate-index
CREATE INDEX "IFK_PlaylistTrackTrackId" ON "PlaylistTrack" ("TrackId");
