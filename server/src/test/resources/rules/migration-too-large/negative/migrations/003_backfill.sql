UPDATE a SET g_id = 1 WHERE g_id IS NULL;
