file(REMOVE_RECURSE
  "libirkg_text.a"
)
