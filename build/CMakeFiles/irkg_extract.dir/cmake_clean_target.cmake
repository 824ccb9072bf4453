file(REMOVE_RECURSE
  "libirkg_extract.a"
)
