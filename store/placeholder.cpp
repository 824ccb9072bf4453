// placeholder, replaced by the stage's real sources
