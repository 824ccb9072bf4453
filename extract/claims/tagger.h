#pragma once
// Parts of speech for one sentence's tokens: Brill's transformation-based tagger with the
// lexicon and rules Debian ships in python3-pattern (compiled in at build time, see
// tag_tables.h). Known words start with their most frequent tag, unknown words get one
// from Brill's lexical rules and shape (capitalised -> NNP, digits -> CD), then the
// contextual rules correct tags from their neighbours, in order.
#include <vector>

#include "extract/claims/tokenizer.h"

namespace irkg {

// Sets Token::pos of every token of one sentence. Thread-safe; allocates nothing per token.
void tag_tokens(std::vector<Token>& tokens);

}  // namespace irkg
