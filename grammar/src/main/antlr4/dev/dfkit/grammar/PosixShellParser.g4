// $antlr-format alignTrailingComments true, columnLimit 120
/*
 * Parser for the token stream of PosixShellLexer: the POSIX shell grammar (XCU 2.10) plus the
 * bash-isms common in Dockerfiles (function keyword, [[ ]], (( )), for ((;;)), |&, &>, <<<, case
 * terminators ;& and ;;&).
 *
 * Words arrive whole: PosixShellLexerBase has glued the parts of each word into one WORD token
 * (an ASSIGNMENT_WORD or a reserved word in command position), so this grammar sees the shell's
 * own tokens. Comments, blanks, line continuations and heredoc body lines are on the hidden
 * channel; the parser module attaches heredoc bodies to their redirections.
 *
 * Unlike the Dockerfile grammar, this one rejects input: a script can be wrong ('if' without
 * 'fi'). The parser module reports those errors and builds what it can from ANTLR's recovery.
 */
parser grammar PosixShellParser;

options {
    tokenVocab = PosixShellLexer;
}

script
    : sequence EOF
    | linebreak EOF
    ;

// A compound list: commands separated by newlines, ';' or '&'; newlines around them.
sequence
    : linebreak commandList (newlineList commandList)* linebreak
    ;

// The and-or lists of one line (up to a newline), each with its ';' or '&'.
commandList
    : andOr (separatorOp andOr)* separatorOp?
    ;

separatorOp
    : SEMI
    | AMP
    ;

andOr
    : pipeline (andOrOp linebreak pipeline)*
    ;

andOrOp
    : AND_IF
    | OR_IF
    ;

pipeline
    : BANG? command (pipeOp linebreak command)*
    ;

pipeOp
    : PIPE
    | PIPE_AMP
    ;

command
    : simpleCommand
    | compoundCommand redirection*
    | functionDefinition
    ;

compoundCommand
    : braceGroup
    | subshell
    | ifClause
    | forClause
    | arithmeticForClause
    | whileClause
    | caseClause
    | testCommand
    | arithmeticCommand
    ;

subshell
    : LPAREN sequence RPAREN
    ;

braceGroup
    : LBRACE sequence RBRACE
    ;

ifClause
    : IF condition = sequence THEN body = sequence elifPart* elsePart? FI
    ;

elifPart
    : ELIF condition = sequence THEN body = sequence
    ;

elsePart
    : ELSE sequence
    ;

forClause
    : FOR WORD (linebreak IN WORD* sequentialSeparator | sequentialSeparator)? doGroup
    ;

arithmeticForClause
    : FOR ARITH_COMMAND sequentialSeparator? doGroup
    ;

sequentialSeparator
    : SEMI linebreak
    | newlineList
    ;

whileClause
    : (WHILE | UNTIL) sequence doGroup
    ;

doGroup
    : DO sequence DONE
    ;

caseClause
    : CASE WORD linebreak IN linebreak caseItem* ESAC
    ;

// The lexer knows where patterns are, so they have token types of their own: a word after a
// body with no ';;' is a command, never the next item's pattern.
caseItem
    : PATTERN_LPAREN? PATTERN (PIPE PATTERN)* PATTERN_RPAREN (sequence | linebreak) (caseSeparator linebreak)?
    ;

caseSeparator
    : DSEMI
    | SEMI_AND
    | DSEMI_AND
    ;

functionDefinition
    : FUNCTION WORD (LPAREN RPAREN)? linebreak compoundCommand redirection*
    | WORD LPAREN RPAREN linebreak compoundCommand redirection*
    ;

// [[ ... ]]: its words, kept as they are.
testCommand
    : DBRACKET_OPEN WORD* DBRACKET_CLOSE
    ;

// (( ... )): one token holding the expression.
arithmeticCommand
    : ARITH_COMMAND
    ;

simpleCommand
    : prefix (WORD suffix?)?
    | WORD suffix?
    ;

prefix
    : (ASSIGNMENT_WORD | redirection)+
    ;

suffix
    : (WORD | redirection)+
    ;

redirection
    : (
        LESS
        | GREAT
        | DGREAT
        | DLESS
        | DLESSDASH
        | TLESS
        | LESSAND
        | GREATAND
        | CLOBBER
        | LESSGREAT
        | AND_GREAT
        | AND_DGREAT
    ) WORD
    ;

newlineList
    : NEWLINE+
    ;

linebreak
    : NEWLINE*
    ;
