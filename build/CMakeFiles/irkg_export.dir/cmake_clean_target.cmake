file(REMOVE_RECURSE
  "libirkg_export.a"
)
