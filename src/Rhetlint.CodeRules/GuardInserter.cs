using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Rhetlint.CodeRules;

/// <summary>
/// Rewrites a rule file so that every method, constructor, accessor, local function and lambda, every loop body and
/// every label (where a <c>goto</c> loops back) starts with <c>RuleGuard.Check()</c>: a recursion or loop in rule code
/// then ends in an exception the driver can catch, not in a stack overflow or a hang. Expression bodies become blocks,
/// which needs the semantic model to tell a void body from a value. The calls are added without line breaks, so
/// line numbers in a rule's stack traces stay those of the file.
/// </summary>
internal sealed class GuardInserter(SemanticModel model) : CSharpSyntaxRewriter
{
    private static StatementSyntax Guard() => SyntaxFactory.ParseStatement("global::Rhetlint.Core.Analysis.RuleGuard.Check(); ");

    public static SyntaxTree Rewrite(SyntaxTree tree, SemanticModel model) =>
        tree.WithRootAndOptions(new GuardInserter(model).Visit(tree.GetRoot()), tree.Options);

    private static BlockSyntax Guarded(BlockSyntax block) => block.WithStatements(block.Statements.Insert(0, Guard()));

    private static BlockSyntax Guarded(StatementSyntax statement) =>
        statement is BlockSyntax block ? Guarded(block) : SyntaxFactory.Block(Guard(), statement);

    private static BlockSyntax BlockOf(ExpressionSyntax expression, bool returnsVoid) => SyntaxFactory.Block(
        Guard(),
        expression is ThrowExpressionSyntax thrown ? SyntaxFactory.ThrowStatement(thrown.Expression.WithLeadingTrivia(SyntaxFactory.Space))
        : returnsVoid ? SyntaxFactory.ExpressionStatement(expression)
        : SyntaxFactory.ReturnStatement(expression.WithLeadingTrivia(SyntaxFactory.Space)));

    private bool ReturnsVoid(SyntaxNode declaration) => model.GetDeclaredSymbol(declaration) is IMethodSymbol { ReturnsVoid: true };

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        var returnsVoid = ReturnsVoid(node);
        var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
        if (visited.Body is { } body) return visited.WithBody(Guarded(body));
        if (visited.ExpressionBody is { } arrow)
            return visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(BlockOf(arrow.Expression, returnsVoid));
        return visited;
    }

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var returnsVoid = ReturnsVoid(node);
        var visited = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        if (visited.Body is { } body) return visited.WithBody(Guarded(body));
        if (visited.ExpressionBody is { } arrow)
            return visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(BlockOf(arrow.Expression, returnsVoid));
        return visited;
    }

    public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node)
    {
        var visited = (ConstructorDeclarationSyntax)base.VisitConstructorDeclaration(node)!;
        if (visited.Body is { } body) return visited.WithBody(Guarded(body));
        if (visited.ExpressionBody is { } arrow)
            return visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(BlockOf(arrow.Expression, returnsVoid: true));
        return visited;
    }

    public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
    {
        var returnsVoid = ReturnsVoid(node);
        var visited = (AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!;
        if (visited.Body is { } body) return visited.WithBody(Guarded(body));
        if (visited.ExpressionBody is { } arrow)
            return visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(BlockOf(arrow.Expression, returnsVoid));
        return visited;
    }

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) =>
        GuardedLambda(node, (LambdaExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!);

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) =>
        GuardedLambda(node, (LambdaExpressionSyntax)base.VisitSimpleLambdaExpression(node)!);

    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
    {
        var visited = (AnonymousMethodExpressionSyntax)base.VisitAnonymousMethodExpression(node)!;
        return visited.WithBody(Guarded(visited.Block));
    }

    private SyntaxNode GuardedLambda(LambdaExpressionSyntax original, LambdaExpressionSyntax visited)
    {
        if (visited.Block is { } block) return visited.WithBlock(Guarded(block));
        // An expression tree must stay an expression; so does a lambda whose delegate type the compiler cannot tell.
        if (visited.ExpressionBody is { } expression && model.GetSymbolInfo(original).Symbol is IMethodSymbol lambda && !IsExpressionTree(original))
            return visited.WithExpressionBody(null).WithBlock(BlockOf(expression, lambda.ReturnsVoid));
        return visited;
    }

    private bool IsExpressionTree(LambdaExpressionSyntax lambda) =>
        model.GetTypeInfo(lambda).ConvertedType is INamedTypeSymbol { Name: "Expression", ContainingNamespace: var ns } && ns.ToDisplayString() == "System.Linq.Expressions";

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        var visited = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return visited.WithStatement(Guarded(visited.Statement));
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        var visited = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return visited.WithStatement(Guarded(visited.Statement));
    }

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        var visited = (ForStatementSyntax)base.VisitForStatement(node)!;
        return visited.WithStatement(Guarded(visited.Statement));
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
    {
        var visited = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
        return visited.WithStatement(Guarded(visited.Statement));
    }

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
    {
        var visited = (ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!;
        return visited.WithStatement(Guarded(visited.Statement));
    }

    public override SyntaxNode? VisitLabeledStatement(LabeledStatementSyntax node)
    {
        var visited = (LabeledStatementSyntax)base.VisitLabeledStatement(node)!;
        return visited.WithStatement(Guarded(visited.Statement));
    }
}
