file(REMOVE_RECURSE
  "libirkg_core.a"
)
