// $antlr-format alignTrailingComments true, columnLimit 120
/*
 * Lexer for POSIX shell scripts (RUN commands, heredoc scripts) plus the bash-isms common in
 * Dockerfiles. It is lossless: every character lands in exactly one token (nothing is skipped), so
 * a formatter can check that its output tokenises to the same words and operators.
 *
 * The grammar knows the lexical contexts of the shell, one mode each:
 *   - DEFAULT_MODE: a script (also the inside of $(...) and <(...), pushed again for each);
 *   - DQ: inside "..."; BRACE / BRACE_DQ: inside ${...} (unquoted / inside "...", where a single
 *     quote is plain text); ARITH / ARITH_INNER: inside $((...)) and ((...));
 *   - TEST: the words of [[ ... ]], where && || < > ( ) are operands, not shell operators;
 *   - HEREDOC: the body lines of pending here-documents; HASH: a '#' glued to a word (not a comment).
 * A word is made of several tokens here (LIT, SQ, PARAM, DQ_START ... DQ_END, CMDSUB_START ... ).
 *
 * What a token means also depends on the shell's grammar state, which a regular lexer cannot
 * track: a word is a reserved word (if, then, do, {, !, ...) or an assignment only in command
 * position; a case pattern is a PATTERN between PATTERN_LPAREN and PATTERN_RPAREN; the ')' that
 * closes a $( is the first one not matched by a '(' or a case pattern; a
 * heredoc body starts at the next newline. PosixShellLexerBase keeps that state as the tokens go
 * by: it glues the tokens of each word into one WORD (or ASSIGNMENT_WORD, or reserved-word) token
 * that holds its parts, retypes the ')' of a command substitution, and switches modes (TEST after
 * '[[', HEREDOC after a newline with pending heredocs, back out of DEFAULT_MODE after a $( ).
 *
 * Speed: no semantic predicates at all (they stop ANTLR from caching DFA edges); every decision
 * that needs context is made in the base class on tokens already matched, or on LA(1).
 */
lexer grammar PosixShellLexer;

options {
    superClass = PosixShellLexerBase;
}

// Token types made by PosixShellLexerBase from the tokens below.
tokens {
    WORD,
    ASSIGNMENT_WORD,
    PATTERN,
    PATTERN_LPAREN,
    PATTERN_RPAREN,
    IF,
    THEN,
    ELSE,
    ELIF,
    FI,
    DO,
    DONE,
    CASE,
    ESAC,
    WHILE,
    UNTIL,
    FOR,
    IN,
    FUNCTION,
    LBRACE,
    RBRACE,
    BANG,
    DBRACKET_OPEN,
    DBRACKET_CLOSE,
    ARITH_COMMAND,
    CMDSUB_END,
    HEREDOC_END
}

fragment BLANK    : [ \t\r\f\u000B];
fragment NAME     : [a-zA-Z_] [a-zA-Z0-9_]*;
fragment IO       : [0-9]*;
fragment ESCAPED  : '\\' .;
// $name, $1, $@ $* $# $? $$ $! $-
fragment PARAMETER : '$' (NAME | [0-9] | [@*#?$!-]);
// Flat quoted tokens may end unterminated at the end of input: with no nesting inside, the
// optional closing quote cannot make another reading longer.
fragment SINGLE_QUOTED : '\'' ~'\''* '\''?;
fragment ANSI_C_QUOTED : '$\'' (~['\\] | ESCAPED)* '\''?;
fragment BACKQUOTED    : '`' (~[`\\] | ESCAPED)* '`'?;

// ---------------------------------------------------------------------------------------------
// A script: operators, blanks, comments and the parts of words.

NEWLINE           : '\r'? '\n';
WS                : BLANK+ -> channel(HIDDEN);
LINE_CONTINUATION : '\\' '\r'? '\n' -> channel(HIDDEN);
// '#' starts a comment only where a word would start; a '#' inside a word is lexed in mode HASH.
COMMENT : '#' ~[\r\n]* -> channel(HIDDEN);

AND_IF    : '&&';
OR_IF     : '||';
DSEMI_AND : ';;&';
DSEMI     : ';;';
SEMI_AND  : ';&';
SEMI      : ';';
PIPE_AMP  : '|&';
PIPE      : '|';
AMP       : '&';
LPAREN    : '(';
RPAREN    : ')';

// Redirections, with the optional file descriptor in front (2>&1 is GREATAND "2>&" then "1").
AND_DGREAT : '&>>';
AND_GREAT  : '&>';
TLESS      : IO '<<<';
DLESSDASH  : IO '<<-';
DLESS      : IO '<<';
LESSAND    : IO '<&';
LESSGREAT  : IO '<>';
LESS       : IO '<';
DGREAT     : IO '>>';
GREATAND   : IO '>&';
CLOBBER    : IO '>|';
GREAT      : IO '>';

// ((expression)): an arithmetic command (also the header of for ((...))).
ARITH_COMMAND_START : '((' -> pushMode(ARITH);
// <(list) and >(list): process substitution.
PROCSUB_START : [<>] '(' -> pushMode(DEFAULT_MODE);

// Parts of words.
LIT          : (~[ \t\r\f\u000B\n;&|<>()'"`\\$#] | ESCAPED) (~[ \t\r\f\u000B\n;&|<>()'"`\\$] | ESCAPED)*;
SQ           : SINGLE_QUOTED;
ANSI_SQ      : ANSI_C_QUOTED;
BQ           : BACKQUOTED;
PARAM        : PARAMETER;
BRACE_START  : '${' -> pushMode(BRACE);
ARITH_START  : '$((' -> pushMode(ARITH);
CMDSUB_START : '$(' -> pushMode(DEFAULT_MODE);
DQ_START     : '$'? '"' -> pushMode(DQ);
// A '$' that starts no expansion, and a '\' at the very end: plain text.
LONE_DOLLAR    : '$' -> type(LIT);
LONE_BACKSLASH : '\\' -> type(LIT);

// ---------------------------------------------------------------------------------------------
// A word part glued after another one that starts with '#': plain text, not a comment.

mode HASH;

HASH_LIT : '#' (~[ \t\r\f\u000B\n;&|<>()'"`\\$] | ESCAPED)* -> type(LIT), popMode;

// ---------------------------------------------------------------------------------------------
// Inside double quotes.

mode DQ;

DQ_END             : '"' -> popMode;
DQ_TEXT            : (~["\\`$] | ESCAPED)+;
DQ_PARAM           : PARAMETER -> type(PARAM);
DQ_BRACE_START     : '${' -> type(BRACE_START), pushMode(BRACE_DQ);
DQ_ARITH_START     : '$((' -> type(ARITH_START), pushMode(ARITH);
DQ_CMDSUB_START    : '$(' -> type(CMDSUB_START), pushMode(DEFAULT_MODE);
DQ_BQ              : BACKQUOTED -> type(BQ);
DQ_LONE_DOLLAR     : '$' -> type(DQ_TEXT);
DQ_LONE_BACKSLASH  : '\\' -> type(DQ_TEXT);

// ---------------------------------------------------------------------------------------------
// Inside ${...}, unquoted. Braces nest; quotes and expansions inside are parts of their own.

mode BRACE;

BRACE_END            : '}' -> popMode;
BRACE_OPEN           : '{' -> pushMode(BRACE);
BRACE_TEXT           : (~[{}'"`\\$] | ESCAPED)+;
BRACE_SQ             : SINGLE_QUOTED -> type(SQ);
BRACE_DQ_START       : '"' -> type(DQ_START), pushMode(DQ);
BRACE_PARAM          : PARAMETER -> type(PARAM);
BRACE_BRACE_START    : '${' -> type(BRACE_START), pushMode(BRACE);
BRACE_ARITH_START    : '$((' -> type(ARITH_START), pushMode(ARITH);
BRACE_CMDSUB_START   : '$(' -> type(CMDSUB_START), pushMode(DEFAULT_MODE);
BRACE_BQ             : BACKQUOTED -> type(BQ);
BRACE_LONE_DOLLAR    : '$' -> type(BRACE_TEXT);
BRACE_LONE_BACKSLASH : '\\' -> type(BRACE_TEXT);

// Inside ${...} within double quotes: a single quote is plain text there.

mode BRACE_DQ;

BRACE_DQ_END            : '}' -> type(BRACE_END), popMode;
BRACE_DQ_OPEN           : '{' -> type(BRACE_OPEN), pushMode(BRACE_DQ);
BRACE_DQ_TEXT           : (~[{}"`\\$] | ESCAPED)+ -> type(BRACE_TEXT);
BRACE_DQ_DQ_START       : '"' -> type(DQ_START), pushMode(DQ);
BRACE_DQ_PARAM          : PARAMETER -> type(PARAM);
BRACE_DQ_BRACE_START    : '${' -> type(BRACE_START), pushMode(BRACE_DQ);
BRACE_DQ_ARITH_START    : '$((' -> type(ARITH_START), pushMode(ARITH);
BRACE_DQ_CMDSUB_START   : '$(' -> type(CMDSUB_START), pushMode(DEFAULT_MODE);
BRACE_DQ_BQ             : BACKQUOTED -> type(BQ);
BRACE_DQ_LONE_DOLLAR    : '$' -> type(BRACE_TEXT);
BRACE_DQ_LONE_BACKSLASH : '\\' -> type(BRACE_TEXT);

// ---------------------------------------------------------------------------------------------
// Inside $((...)) or ((...)): text up to the '))' that closes it; parentheses nest.

mode ARITH;

ARITH_END            : '))' -> popMode;
// A lone ')' at the top ends it too (the text was not arithmetic); the builder reports it.
ARITH_STRAY_END      : ')' -> type(ARITH_END), popMode;
ARITH_LPAREN         : '(' -> pushMode(ARITH_INNER);
ARITH_TEXT           : (~[()`\\$] | ESCAPED)+;
ARITH_PARAM          : PARAMETER -> type(PARAM);
ARITH_BRACE_START    : '${' -> type(BRACE_START), pushMode(BRACE);
ARITH_ARITH_START    : '$((' -> type(ARITH_START), pushMode(ARITH);
ARITH_CMDSUB_START   : '$(' -> type(CMDSUB_START), pushMode(DEFAULT_MODE);
ARITH_BQ             : BACKQUOTED -> type(BQ);
ARITH_LONE_DOLLAR    : '$' -> type(ARITH_TEXT);
ARITH_LONE_BACKSLASH : '\\' -> type(ARITH_TEXT);

mode ARITH_INNER;

ARITH_RPAREN               : ')' -> popMode;
ARITH_INNER_LPAREN         : '(' -> type(ARITH_LPAREN), pushMode(ARITH_INNER);
ARITH_INNER_TEXT           : (~[()`\\$] | ESCAPED)+ -> type(ARITH_TEXT);
ARITH_INNER_PARAM          : PARAMETER -> type(PARAM);
ARITH_INNER_BRACE_START    : '${' -> type(BRACE_START), pushMode(BRACE);
ARITH_INNER_ARITH_START    : '$((' -> type(ARITH_START), pushMode(ARITH);
ARITH_INNER_CMDSUB_START   : '$(' -> type(CMDSUB_START), pushMode(DEFAULT_MODE);
ARITH_INNER_BQ             : BACKQUOTED -> type(BQ);
ARITH_INNER_LONE_DOLLAR    : '$' -> type(ARITH_TEXT);
ARITH_INNER_LONE_BACKSLASH : '\\' -> type(ARITH_TEXT);

// ---------------------------------------------------------------------------------------------
// The words of [[ ... ]]: blank-separated (&& || ( ) < > are operands, and a regular expression
// after =~ keeps its | and parentheses); the base class turns a ']]' word into DBRACKET_CLOSE.

mode TEST;

TEST_NEWLINE           : '\r'? '\n' -> type(NEWLINE), channel(HIDDEN);
TEST_WS                : BLANK+ -> type(WS), channel(HIDDEN);
TEST_LINE_CONTINUATION : '\\' '\r'? '\n' -> type(LINE_CONTINUATION), channel(HIDDEN);
TEST_SEMI              : ';' -> type(SEMI);
TEST_LIT               : (~[ \t\r\f\u000B\n;'"`\\$] | ESCAPED)+ -> type(LIT);
TEST_SQ                : SINGLE_QUOTED -> type(SQ);
TEST_ANSI_SQ           : ANSI_C_QUOTED -> type(ANSI_SQ);
TEST_BQ                : BACKQUOTED -> type(BQ);
TEST_PARAM             : PARAMETER -> type(PARAM);
TEST_BRACE_START       : '${' -> type(BRACE_START), pushMode(BRACE);
TEST_ARITH_START       : '$((' -> type(ARITH_START), pushMode(ARITH);
TEST_CMDSUB_START      : '$(' -> type(CMDSUB_START), pushMode(DEFAULT_MODE);
TEST_DQ_START          : '$'? '"' -> type(DQ_START), pushMode(DQ);
TEST_LONE_DOLLAR       : '$' -> type(LIT);
TEST_LONE_BACKSLASH    : '\\' -> type(LIT);

// ---------------------------------------------------------------------------------------------
// Here-document bodies, line by line; the base class turns the delimiter line into HEREDOC_END.

mode HEREDOC;

HEREDOC_TEXT    : ~[\n]+ -> channel(HIDDEN);
HEREDOC_NEWLINE : '\n' -> channel(HIDDEN);
