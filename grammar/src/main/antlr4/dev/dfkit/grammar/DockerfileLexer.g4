// $antlr-format alignTrailingComments true, columnLimit 120
/*
 * Lexer for Dockerfiles. It is lossless: every character of the input lands in exactly one token
 * (nothing is skipped), so the parser module can rebuild the original text byte for byte.
 *
 * The lexer owns the physical structure of a Dockerfile, exactly as BuildKit's line parser reads it:
 *   - parser directives, only at the top of the file;
 *   - full-line comments only: '#' starts a comment at the start of a line, never mid-line;
 *   - blank lines;
 *   - instruction keywords, case-insensitive, only at the start of an instruction;
 *   - line continuation with the active escape character ('\' or '`', chosen by '# escape='),
 *     including comment lines and whitespace-only lines inside a continuation;
 *   - heredoc bodies after RUN/COPY/ADD (and ONBUILD RUN/COPY/ADD), terminated by their delimiter.
 *
 * Argument syntax (flags, exec/JSON form with its fallback to shell form, key=value pairs) is
 * instruction-specific and defined on the logical line, after continuations are joined. That layer
 * lives in the parser module (dev.dfkit.parser.syntax), as in BuildKit, so that a continuation in
 * the middle of a word or a JSON string behaves exactly as 'docker build' treats it.
 *
 * Speed: semantic predicates stop ANTLR from caching DFA edges, so none sits on a common path.
 * The two escape characters get their own modes instead of predicates; DockerfileLexerBase
 * decides, when a token is emitted, whether a comment is a directive and whether a keyword really
 * ends there (a continuation may glue the next line onto it).
 */
lexer grammar DockerfileLexer;

options {
    superClass = DockerfileLexerBase;
}

// Token types set by DockerfileLexerBase when a token is emitted.
tokens {
    DIRECTIVE,
    UNKNOWN_WORD,
    HEREDOC_END
}

@members {
    @Override
    protected boolean isInstructionStart(int type) {
        return (type >= FROM && type <= SHELL) || type == UNKNOWN_WORD || type == LEADING_CONTINUATION;
    }

    @Override
    protected boolean isKeyword(int type) {
        return type >= FROM && type <= SHELL;
    }

    @Override
    protected int unknownWordType() {
        return UNKNOWN_WORD;
    }

    @Override
    protected int commentType() {
        return COMMENT;
    }

    @Override
    protected int directiveType() {
        return DIRECTIVE;
    }

    @Override
    protected boolean isLineEnd(int type) {
        return type == NEWLINE;
    }

    @Override
    protected boolean isIndentation(int type) {
        return type == WS || type == BOM;
    }

    @Override
    protected int instructionMode() {
        return escape() == '`' ? INSTRUCTION_BACKTICK : INSTRUCTION;
    }

    @Override
    protected int continuationLineMode() {
        return escape() == '`' ? CONTINUATION_LINE_BACKTICK : CONTINUATION_LINE;
    }

    @Override
    protected int heredocMode() {
        return HEREDOC;
    }

    @Override
    protected int heredocLineType() {
        return HEREDOC_LINE;
    }

    @Override
    protected int heredocEndType() {
        return HEREDOC_END;
    }
}

// Case-insensitive letters for keywords.
fragment A : [aA]; fragment B : [bB]; fragment C : [cC]; fragment D : [dD]; fragment E : [eE];
fragment F : [fF]; fragment G : [gG]; fragment H : [hH]; fragment I : [iI]; fragment K : [kK];
fragment L : [lL]; fragment M : [mM]; fragment N : [nN]; fragment O : [oO]; fragment P : [pP];
fragment R : [rR]; fragment S : [sS]; fragment T : [tT]; fragment U : [uU]; fragment V : [vV];
fragment W : [wW]; fragment X : [xX]; fragment Y : [yY];

// Go's unicode.IsSpace without '\n': what BuildKit trims at the start of a line.
fragment SPACE_CHAR : [ \t\u000B\f\r\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000];
fragment SPACE_NO_CR : [ \t\u000B\f\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000];
// A '\r' run belongs to the line terminator when '\n' follows, so runs end on a non-'\r'.
fragment REST_OF_LINE : (~[\r\n] | '\r'+ ~[\r\n])*;
fragment LINE_TERMINATOR : '\r'* '\n';
// The escape character, blanks, then the line end: BuildKit's continuation (unless the escape
// character is itself escaped, which ARGUMENT_TEXT takes care of by matching runs).
fragment BACKSLASH_CONTINUATION : '\\' [ \t]* ('\r'* '\n' | '\r'* EOF);
fragment BACKTICK_CONTINUATION : '`' [ \t]* ('\r'* '\n' | '\r'* EOF);

// Text that cannot end a line: any character but line ends and escape characters; an escape
// character followed by a non-blank (it escapes that character, or is plain text); a run of two or
// more escape characters (BuildKit: an escaped escape never continues a line). An escape character
// followed by a blank is left to the continuation rules. A '\r' belongs to the line terminator
// when '\n' follows.
fragment ARGUMENT_TEXT
    : (
        ~[\r\n\\`]
        | '\r'+ ~[\r\n\\`]
        | '\\' ~[ \t\r\n\\`]
        | '`' ~[ \t\r\n\\`]
        | '\\' '\\'+
        | '`' '`'+
    )+
    | '\r'+
    | [\\`]
;

// ---------------------------------------------------------------------------------------------
// Default mode: the start of a physical line outside any instruction.

BOM : '\uFEFF' {atFileStart()}?;

// A comment line. At the top of the file, the base class turns '# key=value' lines with a known
// key (syntax, escape, check) into DIRECTIVE tokens.
COMMENT : '#' REST_OF_LINE;

WS : SPACE_CHAR* SPACE_NO_CR | '\r'+;

NEWLINE : LINE_TERMINATOR;

// A line holding only the escape character starts an instruction whose first word is on a later
// line (BuildKit joins the lines; at the end of the file it is an empty, unknown instruction).
LEADING_CONTINUATION
    : (BACKSLASH_CONTINUATION {escapeIs('\\')}? | BACKTICK_CONTINUATION {escapeIs('`')}?) {enterContinuedInstruction();}
;

// Keywords. The base class checks that BuildKit's first word really ends after them (at a blank,
// a line end or the end of input) and makes the token an UNKNOWN_WORD otherwise.
FROM        : F R O M {enterInstruction();};
RUN         : R U N {enterInstruction();};
CMD         : C M D {enterInstruction();};
LABEL       : L A B E L {enterInstruction();};
MAINTAINER  : M A I N T A I N E R {enterInstruction();};
EXPOSE      : E X P O S E {enterInstruction();};
ENV         : E N V {enterInstruction();};
ADD         : A D D {enterInstruction();};
COPY        : C O P Y {enterInstruction();};
ENTRYPOINT  : E N T R Y P O I N T {enterInstruction();};
VOLUME      : V O L U M E {enterInstruction();};
USER        : U S E R {enterInstruction();};
WORKDIR     : W O R K D I R {enterInstruction();};
ARG         : A R G {enterInstruction();};
ONBUILD     : O N B U I L D {enterInstruction();};
STOPSIGNAL  : S T O P S I G N A L {enterInstruction();};
HEALTHCHECK : H E A L T H C H E C K {enterInstruction();};
SHELL       : S H E L L {enterInstruction();};

// Any other first word: an unknown instruction, kept in the tree and reported by the parser.
// The escape characters are left to the instruction modes so continuations are still recognised.
INSTRUCTION_WORD
    : (
        (~[ \t\u000B\f\r\n#\\`\uFEFF\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000] | ESCAPED_IN_WORD)
            (~[ \t\u000B\f\r\n\\`] | ESCAPED_IN_WORD)*
        | '\uFEFF' {!atFileStart()}? (~[ \t\u000B\f\r\n\\`] | ESCAPED_IN_WORD)*
        | [\\`]
    ) {enterInstruction();} -> type(UNKNOWN_WORD)
;

// In a first word, like in ARGUMENT_TEXT: an escape character that escapes a non-blank, or a run
// of escape characters (never a continuation).
fragment ESCAPED_IN_WORD : '\\' ~[ \t\r\n\\`] | '`' ~[ \t\r\n\\`] | '\\' '\\'+ | '`' '`'+;

// ---------------------------------------------------------------------------------------------
// Arguments of an instruction, up to its unescaped line end; escape character '\'.

mode INSTRUCTION;

INSTRUCTION_NEWLINE : LINE_TERMINATOR {endInstruction();} -> type(NEWLINE);
CONTINUATION        : BACKSLASH_CONTINUATION -> channel(HIDDEN), pushMode(CONTINUATION_LINE);
TEXT                : ARGUMENT_TEXT;

// The same with '`' as the escape character ('# escape=`').
mode INSTRUCTION_BACKTICK;

BACKTICK_NEWLINE      : LINE_TERMINATOR {endInstruction();} -> type(NEWLINE);
BACKTICK_CONTINUATION_TOKEN : BACKTICK_CONTINUATION -> channel(HIDDEN), type(CONTINUATION), pushMode(CONTINUATION_LINE_BACKTICK);
BACKTICK_TEXT         : ARGUMENT_TEXT -> type(TEXT);

// ---------------------------------------------------------------------------------------------
// The start of a line that continues an instruction.

mode CONTINUATION_LINE;

// A comment line inside a continuation is dropped from the instruction (newline included).
CONTINUATION_COMMENT : SPACE_CHAR* '#' ~[\n]* '\n'? -> channel(HIDDEN);

// A whitespace-only line inside a continuation is dropped too (deprecated; lint NoEmptyContinuation).
EMPTY_CONTINUATION_LINE : (SPACE_CHAR* '\n' | SPACE_CHAR+ EOF) -> channel(HIDDEN);

CONTINUATION_LINE_CONTINUATION : BACKSLASH_CONTINUATION -> channel(HIDDEN), type(CONTINUATION);

// Anything else is content: back to the instruction, leading whitespace kept (as BuildKit does).
CONTINUATION_LINE_TEXT : ARGUMENT_TEXT -> type(TEXT), popMode;

mode CONTINUATION_LINE_BACKTICK;

BACKTICK_CONTINUATION_COMMENT : SPACE_CHAR* '#' ~[\n]* '\n'? -> channel(HIDDEN), type(CONTINUATION_COMMENT);
BACKTICK_EMPTY_CONTINUATION_LINE : (SPACE_CHAR* '\n' | SPACE_CHAR+ EOF) -> channel(HIDDEN), type(EMPTY_CONTINUATION_LINE);
BACKTICK_LINE_CONTINUATION : BACKTICK_CONTINUATION -> channel(HIDDEN), type(CONTINUATION);
BACKTICK_LINE_TEXT : ARGUMENT_TEXT -> type(TEXT), popMode;

// ---------------------------------------------------------------------------------------------
// Heredoc bodies: raw lines until the terminator line of each pending heredoc, in order. The base
// class makes the terminator line a HEREDOC_END when it is emitted: a predicate at the start of
// this mode would stop ANTLR from caching the mode's DFA start state (a closure per body line).

mode HEREDOC;

HEREDOC_LINE : ~[\n]+ '\n'? | '\n';
