#pragma once
// Wire-copy datelines at the start of a sentence: "KYIV -", "HANOI (AP) -", "BEIJING, March 3
// (Reuters) -". The place there says where the story was filed, not who acts: read as
// part of the sentence, "WASHINGTON - India and the US will work together" takes the city
// for the subject.
#include <cstddef>
#include <vector>

#include "extract/claims/lexicon.h"
#include "extract/claims/tokenizer.h"

namespace irkg {

// The number of tokens the dateline at the start of `tokens` takes, its dash included; 0
// when there is none.
std::size_t dateline_length(const std::vector<Token>& tokens);

// The state of the place(s) in a dateline of `length` tokens ("ABUJA -" -> Nigeria, a
// city of the gazetteer -> its state), or -1 when none is known or they are of two states
// ("KYIV/MOSCOW -").
std::int32_t dateline_state(const Lexicon& lex, const std::vector<Token>& tokens, std::size_t length);

}  // namespace irkg
