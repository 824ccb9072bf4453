file(REMOVE_RECURSE
  "libirkg_compare.a"
)
