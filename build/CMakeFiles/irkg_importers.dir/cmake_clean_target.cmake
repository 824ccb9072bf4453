file(REMOVE_RECURSE
  "libirkg_importers.a"
)
