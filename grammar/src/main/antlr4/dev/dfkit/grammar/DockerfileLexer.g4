// $antlr-format alignTrailingComments true, columnLimit 120
/*
 * Lexer for Dockerfiles. It is lossless: every character of the input lands in exactly one token
 * (nothing is skipped), so the parser module can rebuild the original text byte for byte.
 *
 * The lexer owns the physical structure of a Dockerfile, exactly as BuildKit's line parser reads it:
 *   - parser directives, only at the top of the file (predicate: still in the directive section);
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
 */
lexer grammar DockerfileLexer;

options {
    superClass = DockerfileLexerBase;
}

@members {
    @Override
    protected boolean isInstructionStart(int type) {
        return type >= FROM && type <= UNKNOWN_WORD;
    }

    @Override
    protected boolean isDirective(int type) {
        return type == DIRECTIVE;
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
    protected int heredocMode() {
        return HEREDOC;
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
// BuildKit's argument separator [\t\v\f\r ].
fragment SEP_NO_CR : [ \t\u000B\f];
// A '\r' run belongs to the line terminator when '\n' follows, so runs end on a non-'\r'.
fragment REST_OF_LINE : (~[\r\n] | '\r'+ ~[\r\n])*;
fragment LINE_TERMINATOR : '\r'* '\n';
fragment ESCAPE_CONTINUATION : ('\\' [ \t]* '\r'* '\n' {escapeIs('\\')}? | '`' [ \t]* '\r'* '\n' {escapeIs('`')}?);
fragment ESCAPE_AT_EOF : ('\\' [ \t]* '\r'* {escapeIs('\\') && atEof()}? | '`' [ \t]* '\r'* {escapeIs('`') && atEof()}?);

// ---------------------------------------------------------------------------------------------
// Default mode: the start of a physical line outside any instruction.

BOM : '\uFEFF' {atFileStart()}?;

// '# key=value' with a known key (syntax, escape, check), only while the directive section is open.
DIRECTIVE : '#' {directiveFollows()}? REST_OF_LINE;

COMMENT : '#' REST_OF_LINE;

WS : SPACE_CHAR* SPACE_NO_CR | '\r'+;

NEWLINE : LINE_TERMINATOR;

// A line holding only the escape character continues onto the next line before any keyword.
LEADING_CONTINUATION : (ESCAPE_CONTINUATION | ESCAPE_AT_EOF) -> channel(HIDDEN);

// Keywords end where BuildKit's first-word split ends: at [\t\v\f\r ], a line end or end of input.
FROM        : F R O M {keywordEnds()}? -> mode(INSTRUCTION);
RUN         : R U N {keywordEnds()}? -> mode(INSTRUCTION);
CMD         : C M D {keywordEnds()}? -> mode(INSTRUCTION);
LABEL       : L A B E L {keywordEnds()}? -> mode(INSTRUCTION);
MAINTAINER  : M A I N T A I N E R {keywordEnds()}? -> mode(INSTRUCTION);
EXPOSE      : E X P O S E {keywordEnds()}? -> mode(INSTRUCTION);
ENV         : E N V {keywordEnds()}? -> mode(INSTRUCTION);
ADD         : A D D {keywordEnds()}? -> mode(INSTRUCTION);
COPY        : C O P Y {keywordEnds()}? -> mode(INSTRUCTION);
ENTRYPOINT  : E N T R Y P O I N T {keywordEnds()}? -> mode(INSTRUCTION);
VOLUME      : V O L U M E {keywordEnds()}? -> mode(INSTRUCTION);
USER        : U S E R {keywordEnds()}? -> mode(INSTRUCTION);
WORKDIR     : W O R K D I R {keywordEnds()}? -> mode(INSTRUCTION);
ARG         : A R G {keywordEnds()}? -> mode(INSTRUCTION);
ONBUILD     : O N B U I L D {keywordEnds()}? -> mode(INSTRUCTION);
STOPSIGNAL  : S T O P S I G N A L {keywordEnds()}? -> mode(INSTRUCTION);
HEALTHCHECK : H E A L T H C H E C K {keywordEnds()}? -> mode(INSTRUCTION);
SHELL       : S H E L L {keywordEnds()}? -> mode(INSTRUCTION);

// Any other first word: an unknown instruction, kept in the tree and reported by the parser.
// The escape characters are left to INSTRUCTION mode so continuations are still recognised.
UNKNOWN_WORD
    : (
        ~[ \t\u000B\f\r\n#\\`\uFEFF\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000] ~[ \t\u000B\f\r\n\\`]*
        | '\uFEFF' {!atFileStart()}? ~[ \t\u000B\f\r\n\\`]*
        | [\\`]
    ) -> mode(INSTRUCTION)
;

// ---------------------------------------------------------------------------------------------
// Arguments of an instruction, up to its unescaped line end.

mode INSTRUCTION;

INSTRUCTION_NEWLINE : LINE_TERMINATOR {endInstruction();} -> type(NEWLINE);

CONTINUATION : ESCAPE_CONTINUATION -> channel(HIDDEN), pushMode(CONTINUATION_LINE);

CONTINUATION_AT_EOF : ESCAPE_AT_EOF -> channel(HIDDEN), type(CONTINUATION);

ARG_WS : SEP_NO_CR+ ([\r]+ SEP_NO_CR+)* | '\r'+;

// Text up to the next separator or escape character. An escape character on its own is text when
// it does not end the line; a run of two or more never continues a line (BuildKit's rule).
TEXT : ~[ \t\u000B\f\r\n\\`]+ | '\\' '\\'+ | '`' '`'+ | [\\`];

// ---------------------------------------------------------------------------------------------
// The start of a line that continues an instruction.

mode CONTINUATION_LINE;

// A comment line inside a continuation is dropped from the instruction (newline included).
CONTINUATION_COMMENT : SPACE_CHAR* '#' ~[\n]* '\n'? -> channel(HIDDEN);

// A whitespace-only line inside a continuation is dropped too (deprecated; lint NoEmptyContinuation).
EMPTY_CONTINUATION_LINE : (SPACE_CHAR* '\n' | SPACE_CHAR+ {atEof()}?) -> channel(HIDDEN);

CONTINUATION_LINE_CONTINUATION : (ESCAPE_CONTINUATION | ESCAPE_AT_EOF) -> channel(HIDDEN), type(CONTINUATION);

// Anything else is content: back to INSTRUCTION mode, leading whitespace kept (as BuildKit does).
CONTINUATION_LINE_WS   : (SEP_NO_CR+ ([\r]+ SEP_NO_CR+)* | '\r'+) -> type(ARG_WS), popMode;
CONTINUATION_LINE_TEXT : (~[ \t\u000B\f\r\n\\`]+ | '\\' '\\'+ | '`' '`'+ | [\\`]) -> type(TEXT), popMode;

// ---------------------------------------------------------------------------------------------
// Heredoc bodies: raw lines until the terminator line of each pending heredoc, in order.

mode HEREDOC;

HEREDOC_END  : {atHeredocTerminator()}? (~[\n]+ '\n'? | '\n') {endHeredoc();};
HEREDOC_LINE : ~[\n]+ '\n'? | '\n';
