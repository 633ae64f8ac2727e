<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>QObject</name>
    <message>
        <source>This quote was already submitted to ACME (same request id); it was not taken twice.</source>
        <translation>Esta cotação já foi enviada à ACME (mesmo ID de solicitação); ela não foi registrada duas vezes.</translation>
    </message>
    <message>
        <source>The refund request could not be prepared (out of memory).</source>
        <translation>Não foi possível preparar a solicitação de reembolso (memória insuficiente).</translation>
    </message>
</context>
<context>
    <name>checkstand::AboutDialog</name>
    <message>
        <source>About Checkstand</source>
        <translation>Sobre o Checkstand</translation>
    </message>
    <message>
        <source>Checkstand %1</source>
        <translation>Checkstand %1</translation>
    </message>
    <message>
        <source>Point-of-sale operator console.</source>
        <translation>Console do operador de ponto de venda.</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Versão: %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado com Qt %1, executando no Qt %2.</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Ambiente: %1</translation>
    </message>
    <message>
        <source>Licence: GPL-3.0-or-later</source>
        <translation>Licença: GPL-3.0-or-later</translation>
    </message>
    <message>
        <source>Checkstand is free software: you can redistribute it under the GPL, version 3 or later.</source>
        <translation>O Checkstand é software livre: você pode redistribuí-lo nos termos da GPL, versão 3 ou posterior.</translation>
    </message>
    <message>
        <source>Third-party parts:</source>
        <translation>Componentes de terceiros:</translation>
    </message>
    <message>
        <source>Qt 6 — LGPL-3 / GPL-3</source>
        <translation>Qt 6 — LGPL-3 / GPL-3</translation>
    </message>
    <message>
        <source>Qt HTTP Server — GPL-3</source>
        <translation>Qt HTTP Server — GPL-3</translation>
    </message>
    <message>
        <source>QtKeychain — BSD-3-Clause</source>
        <translation>QtKeychain — BSD-3-Clause</translation>
    </message>
    <message>
        <source>libphonenumber — Apache-2.0</source>
        <translation>libphonenumber — Apache-2.0</translation>
    </message>
    <message>
        <source>libsodium — ISC</source>
        <translation>libsodium — ISC</translation>
    </message>
    <message>
        <source>SQLite — public domain</source>
        <translation>SQLite — domínio público</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>release</source>
        <translation>versão final (release)</translation>
    </message>
    <message>
        <source>debug</source>
        <translation>depuração (debug)</translation>
    </message>
    <message>
        <source>%1, with AddressSanitizer</source>
        <translation>%1, com AddressSanitizer</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copiar diagnóstico</translation>
    </message>
    <message>
        <source>Check the services and copy the report to the clipboard, for the help desk. It holds no key or password.</source>
        <translation>Verifica os serviços e copia o relatório para a área de transferência, para o suporte. Ele não contém nenhuma chave nem senha.</translation>
    </message>
    <message>
        <source>Compiler: %1</source>
        <translation>Compilador: %1</translation>
    </message>
    <message>
        <source>Build type: %1</source>
        <translation>Tipo de compilação: %1</translation>
    </message>
    <message>
        <source>System: %1 (%2)</source>
        <translation>Sistema: %1 (%2)</translation>
    </message>
    <message>
        <source>Checking the services…</source>
        <translation>Verificando os serviços…</translation>
    </message>
    <message>
        <source>Checkstand diagnostics, %1</source>
        <translation>Diagnóstico do Checkstand, %1</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard: everything answers.</source>
        <translation>Diagnóstico copiado para a área de transferência: tudo responde.</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard. Some checks failed: the report says which.</source>
        <translation>Diagnóstico copiado para a área de transferência. Algumas verificações falharam: o relatório diz quais.</translation>
    </message>
</context>
<context>
    <name>checkstand::Action</name>
    <message>
        <source>sell</source>
        <translation>vender</translation>
    </message>
    <message>
        <source>a sale</source>
        <translation>uma venda</translation>
    </message>
    <message>
        <source>park a sale</source>
        <translation>suspender uma venda</translation>
    </message>
    <message>
        <source>parking a sale</source>
        <translation>a suspensão de uma venda</translation>
    </message>
    <message>
        <source>recall a sale</source>
        <translation>retomar uma venda</translation>
    </message>
    <message>
        <source>recalling a sale</source>
        <translation>a retomada de uma venda</translation>
    </message>
    <message>
        <source>reprint own receipt</source>
        <translation>reimprimir o próprio recibo</translation>
    </message>
    <message>
        <source>a reprint of an own receipt</source>
        <translation>a reimpressão de um recibo próprio</translation>
    </message>
    <message>
        <source>void</source>
        <translation>cancelamento</translation>
    </message>
    <message>
        <source>a void</source>
        <translation>um cancelamento</translation>
    </message>
    <message>
        <source>return</source>
        <translation>devolução</translation>
    </message>
    <message>
        <source>a return</source>
        <translation>uma devolução</translation>
    </message>
    <message>
        <source>discount beyond the limit</source>
        <translation>desconto acima do limite</translation>
    </message>
    <message>
        <source>a discount beyond the limit</source>
        <translation>um desconto acima do limite</translation>
    </message>
    <message>
        <source>price change</source>
        <translation>alteração de preço</translation>
    </message>
    <message>
        <source>a price change</source>
        <translation>uma alteração de preço</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>reimpressão</translation>
    </message>
    <message>
        <source>a reprint</source>
        <translation>uma reimpressão</translation>
    </message>
    <message>
        <source>sale the Order Checker blocked</source>
        <translation>venda bloqueada pelo Order Checker</translation>
    </message>
    <message>
        <source>a sale the Order Checker blocked</source>
        <translation>uma venda bloqueada pelo Order Checker</translation>
    </message>
    <message>
        <source>sale with unconfirmed prices</source>
        <translation>venda com preços não confirmados</translation>
    </message>
    <message>
        <source>a sale with unconfirmed prices</source>
        <translation>uma venda com preços não confirmados</translation>
    </message>
    <message>
        <source>open Settings</source>
        <translation>abrir as Configurações</translation>
    </message>
    <message>
        <source>opening Settings</source>
        <translation>a abertura das Configurações</translation>
    </message>
    <message>
        <source>manage operators</source>
        <translation>gerenciar operadores</translation>
    </message>
    <message>
        <source>managing operators</source>
        <translation>o gerenciamento de operadores</translation>
    </message>
    <message>
        <source>catalog import</source>
        <translation>importação do catálogo</translation>
    </message>
    <message>
        <source>a catalog import</source>
        <translation>uma importação do catálogo</translation>
    </message>
    <message>
        <source>discard a notification</source>
        <translation>descartar uma notificação</translation>
    </message>
    <message>
        <source>discarding a notification</source>
        <translation>o descarte de uma notificação</translation>
    </message>
    <message>
        <source>open a shift</source>
        <translation>abrir um turno</translation>
    </message>
    <message>
        <source>opening a shift</source>
        <translation>a abertura de um turno</translation>
    </message>
    <message>
        <source>close a shift</source>
        <translation>fechar um turno</translation>
    </message>
    <message>
        <source>closing a shift</source>
        <translation>o fechamento de um turno</translation>
    </message>
    <message>
        <source>pay in or out</source>
        <translation>suprimento ou sangria</translation>
    </message>
    <message>
        <source>a cash pay-in or pay-out</source>
        <translation>um suprimento ou uma sangria de caixa</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>relatório X</translation>
    </message>
    <message>
        <source>an X report</source>
        <translation>um relatório X</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>relatório Z</translation>
    </message>
    <message>
        <source>a Z report</source>
        <translation>um relatório Z</translation>
    </message>
</context>
<context>
    <name>checkstand::AddressFields</name>
    <message>
        <source>Apartment, suite, floor (optional)</source>
        <translation>Apto., sala, andar (opcional)</translation>
    </message>
    <message>
        <source>NY</source>
        <translation>NY</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Complemento</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>CEP</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>checkstand::AuditJournal</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>not a journal entry kind: %1</source>
        <translation>não é um tipo de registro do diário: %1</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>O registro %1 foi alterado depois de gravado.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the journal starts at %2.</source>
        <translation>O registro %1 está faltando: o diário começa em %2.</translation>
    </message>
    <message>
        <source>Entries %1 are missing: the journal starts at %2.</source>
        <translation>Os registros %1 estão faltando: o diário começa em %2.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the journal jumps from %2 to %3.</source>
        <translation>O registro %1 está faltando: o diário salta de %2 para %3.</translation>
    </message>
    <message>
        <source>Entries %1 are missing: the journal jumps from %2 to %3.</source>
        <translation>Os registros %1 estão faltando: o diário salta de %2 para %3.</translation>
    </message>
    <message>
        <source>Entry %1 was inserted: entry %2 was written straight after entry %3.</source>
        <translation>O registro %1 foi inserido: o registro %2 foi gravado logo após o registro %3.</translation>
    </message>
    <message>
        <source>Entries %1 were inserted: entry %2 was written straight after entry %3.</source>
        <translation>Os registros %1 foram inseridos: o registro %2 foi gravado logo após o registro %3.</translation>
    </message>
    <message>
        <source>Entry %1 was replaced or inserted: entry %2 was not written after it.</source>
        <translation>O registro %1 foi substituído ou inserido: o registro %2 não foi gravado depois dele.</translation>
    </message>
    <message>
        <source>Entry %1 was inserted: entry %2 was written as entry %3, straight after entry %4.</source>
        <translation>O registro %1 foi inserido: o registro %2 foi gravado como registro %3, logo após o registro %4.</translation>
    </message>
    <message>
        <source>Entries %1 were inserted: entry %2 was written as entry %3, straight after entry %4.</source>
        <translation>Os registros %1 foram inseridos: o registro %2 foi gravado como registro %3, logo após o registro %4.</translation>
    </message>
    <message>
        <source>Entry %1 is out of place: it was written as entry %2.</source>
        <translation>O registro %1 está fora de lugar: ele foi gravado como registro %2.</translation>
    </message>
    <message>
        <source>The entry written as %1 was removed and the later ones renumbered: entry %2 was written as entry %3.</source>
        <translation>O registro gravado como %1 foi removido e os seguintes foram renumerados: o registro %2 foi gravado como registro %3.</translation>
    </message>
    <message>
        <source>The entries written as %1 were removed and the later ones renumbered: entry %2 was written as entry %3.</source>
        <translation>Os registros gravados como %1 foram removidos e os seguintes foram renumerados: o registro %2 foi gravado como registro %3.</translation>
    </message>
    <message>
        <source>The one entry is intact.</source>
        <translation>O único registro está íntegro.</translation>
    </message>
    <message>
        <source>All %1 entries are intact.</source>
        <translation>Todos os %1 registros estão íntegros.</translation>
    </message>
</context>
<context>
    <name>checkstand::AwaitingFinancingDialog</name>
    <message>
        <source>(no customer)</source>
        <translation>(sem cliente)</translation>
    </message>
    <message>
        <source>Sales awaiting financing</source>
        <translation>Vendas aguardando financiamento</translation>
    </message>
    <message>
        <source>These sales wait for ChargeAfter&apos;s answer. When the customer is approved, enter ChargeAfter&apos;s reference and press Approved; when they are declined or give up, press Declined.</source>
        <translation>Estas vendas aguardam a resposta da ChargeAfter. Quando o cliente for aprovado, digite a referência da ChargeAfter e clique em Aprovado; quando ele for recusado ou desistir, clique em Recusado.</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venda</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Enviado em</translation>
    </message>
    <message>
        <source>ChargeAfter&apos;s approval or order reference</source>
        <translation>Referência de aprovação ou do pedido da ChargeAfter</translation>
    </message>
    <message>
        <source>ChargeAfter &amp;reference</source>
        <translation>&amp;Referência da ChargeAfter</translation>
    </message>
    <message>
        <source>&amp;Approved…</source>
        <translation>&amp;Aprovado…</translation>
    </message>
    <message>
        <source>The customer was approved: complete the sale with this reference</source>
        <translation>O cliente foi aprovado: conclua a venda com esta referência</translation>
    </message>
    <message>
        <source>&amp;Declined…</source>
        <translation>Re&amp;cusado…</translation>
    </message>
    <message>
        <source>The customer was declined or gave up: park the sale again</source>
        <translation>O cliente foi recusado ou desistiu: suspenda a venda novamente</translation>
    </message>
    <message>
        <source>The sales awaiting financing could not be read: %1</source>
        <translation>Não foi possível ler as vendas aguardando financiamento: %1</translation>
    </message>
    <message>
        <source>Select the sale ChargeAfter approved.</source>
        <translation>Selecione a venda que a ChargeAfter aprovou.</translation>
    </message>
    <message>
        <source>Financing approved</source>
        <translation>Financiamento aprovado</translation>
    </message>
    <message>
        <source>Record ChargeAfter&apos;s approval of sale %1 (reference %2)?</source>
        <translation>Registrar a aprovação da ChargeAfter para a venda %1 (referência %2)?</translation>
    </message>
    <message>
        <source>The sale is completed, %1 paid by ChargeAfter financing.</source>
        <translation>A venda será concluída, com %1 pagos por financiamento ChargeAfter.</translation>
    </message>
    <message>
        <source>Complete the sale</source>
        <translation>Concluir a venda</translation>
    </message>
    <message>
        <source>Sale %1 could not be completed.</source>
        <translation>Não foi possível concluir a venda %1.</translation>
    </message>
    <message>
        <source>Select the sale ChargeAfter declined.</source>
        <translation>Selecione a venda que a ChargeAfter recusou.</translation>
    </message>
    <message>
        <source>Financing declined</source>
        <translation>Financiamento recusado</translation>
    </message>
    <message>
        <source>Record that ChargeAfter declined sale %1?</source>
        <translation>Registrar que a ChargeAfter recusou a venda %1?</translation>
    </message>
    <message>
        <source>The sale goes back to the parked sales, to be paid another way.</source>
        <translation>A venda volta para as vendas suspensas, para ser paga de outra forma.</translation>
    </message>
    <message>
        <source>Park the sale</source>
        <translation>Suspender a venda</translation>
    </message>
</context>
<context>
    <name>checkstand::CardNumberEdit</name>
    <message>
        <source>Optional: the full card number</source>
        <translation>Opcional: o número completo do cartão</translation>
    </message>
</context>
<context>
    <name>checkstand::CartEditor</name>
    <message>
        <source>&amp;Add item</source>
        <translation>A&amp;dicionar item</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Remover item</translation>
    </message>
    <message>
        <source>e.g. Birthday discount</source>
        <translation>ex.: Desconto de aniversário</translation>
    </message>
    <message>
        <source>Discount name</source>
        <translation>Nome do desconto</translation>
    </message>
    <message>
        <source>Discount amount</source>
        <translation>Valor do desconto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imposto</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Frete</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Item %1: %2</translation>
    </message>
</context>
<context>
    <name>checkstand::CartItemsModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <source>Leasable</source>
        <translation>Arrendável</translation>
    </message>
    <message>
        <source>Warranty name</source>
        <translation>Nome da garantia</translation>
    </message>
    <message>
        <source>Warranty SKU</source>
        <translation>SKU da garantia</translation>
    </message>
    <message>
        <source>Warranty price</source>
        <translation>Preço da garantia</translation>
    </message>
</context>
<context>
    <name>checkstand::CartTable</name>
    <message>
        <source>Cart</source>
        <translation>Carrinho</translation>
    </message>
</context>
<context>
    <name>checkstand::CashAmountDialog</name>
    <message>
        <source>Printed on the report and kept in the journal</source>
        <translation>Impresso no relatório e guardado no diário</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Informe o valor.</translation>
    </message>
</context>
<context>
    <name>checkstand::Catalog</name>
    <message numerus="yes">
        <source>%n product(s) imported</source>
        <translation>
            <numerusform>%n produto importado</numerusform>
            <numerusform>%n produtos importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n row(s) skipped</source>
        <translation>
            <numerusform>, %n linha ignorada</numerusform>
            <numerusform>, %n linhas ignoradas</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has more than %1 rows; nothing was imported. Split it into smaller files.</source>
        <translation>O arquivo tem mais de %1 linhas; nada foi importado. Divida-o em arquivos menores.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nada foi importado.</translation>
    </message>
    <message>
        <source>has no SKU or no name</source>
        <translation>não tem SKU ou nome</translation>
    </message>
    <message>
        <source>price: %1</source>
        <translation>preço: %1</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>não pode ser negativo</translation>
    </message>
    <message>
        <source>barcode &quot;%1&quot; is not a valid EAN-13, UPC-A or EAN-8</source>
        <translation>o código de barras &quot;%1&quot; não é um EAN-13, UPC-A ou EAN-8 válido</translation>
    </message>
    <message>
        <source>cost: %1</source>
        <translation>custo: %1</translation>
    </message>
    <message>
        <source>weight and dimensions must be numbers, zero or more</source>
        <translation>peso e dimensões devem ser números iguais ou maiores que zero</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2; nothing was imported.</source>
        <translation>%1 é maior que %2; nada foi importado.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>O arquivo</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>não é um objeto</translation>
    </message>
    <message>
        <source>Expected a list of products (or {&quot;products&quot;: [...]}).</source>
        <translation>Era esperada uma lista de produtos (ou {&quot;products&quot;: [...]}).</translation>
    </message>
    <message>
        <source>The header row has no &quot;%1&quot; column.</source>
        <translation>A linha de cabeçalho não tem a coluna &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>has %1 fields, the header has %2</source>
        <translation>tem %1 campos, o cabeçalho tem %2</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2, which no product row is: this is not a catalog file.</source>
        <translation>A linha %1 tem mais de %2, tamanho que nenhuma linha de produto atinge: este não é um arquivo de catálogo.</translation>
    </message>
    <message>
        <source>Not valid JSON: expected &quot;%1&quot; %2 at byte %3</source>
        <translation>JSON inválido: esperado &quot;%1&quot; %2 no byte %3</translation>
    </message>
    <message>
        <source>Not valid JSON: expected a string at byte %1</source>
        <translation>JSON inválido: esperada uma string no byte %1</translation>
    </message>
    <message>
        <source>Not valid JSON: entry %1 is longer than %2, which no product is</source>
        <translation>JSON inválido: a entrada %1 tem mais de %2, tamanho que nenhum produto atinge</translation>
    </message>
    <message>
        <source>Not valid JSON: the file ends inside a string at byte %1</source>
        <translation>JSON inválido: o arquivo termina dentro de uma string no byte %1</translation>
    </message>
    <message>
        <source>Not valid JSON: the file ends early at byte %1</source>
        <translation>JSON inválido: o arquivo termina antes do esperado no byte %1</translation>
    </message>
    <message>
        <source>Not valid JSON: expected a value at byte %1</source>
        <translation>JSON inválido: esperado um valor no byte %1</translation>
    </message>
    <message>
        <source>after a key</source>
        <translation>depois de uma chave</translation>
    </message>
    <message>
        <source>Not valid JSON: expected &quot;,&quot; or &quot;}&quot; at byte %1</source>
        <translation>JSON inválido: esperado &quot;,&quot; ou &quot;}&quot; no byte %1</translation>
    </message>
    <message>
        <source>Not valid JSON: garbage after the document at byte %1</source>
        <translation>JSON inválido: conteúdo inválido depois do documento no byte %1</translation>
    </message>
    <message>
        <source>Not valid JSON: the file ends inside the list at byte %1</source>
        <translation>JSON inválido: o arquivo termina dentro da lista no byte %1</translation>
    </message>
    <message>
        <source>between entries</source>
        <translation>entre as entradas</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 at byte %2</source>
        <translation>JSON inválido: %1 no byte %2</translation>
    </message>
</context>
<context>
    <name>checkstand::CustomerPanel</name>
    <message>
        <source>name@example.com</source>
        <translation>nome@example.com</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>DDD</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Logradouro</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Apartment, suite (optional)</source>
        <translation>Apto., sala (opcional)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>If not the customer</source>
        <translation>Se não for o cliente</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Sobrenome</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefone</translation>
    </message>
    <message>
        <source>Ta&amp;x document</source>
        <translation>C&amp;PF/CNPJ</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Endereço de entrega</translation>
    </message>
    <message>
        <source>Line 2</source>
        <translation>Complemento</translation>
    </message>
    <message>
        <source>Suburb</source>
        <translation>Bairro</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>CEP</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatário</translation>
    </message>
</context>
<context>
    <name>checkstand::Database</name>
    <message>
        <source>The disk holding Checkstand&apos;s data is full: %1 could not be written. Free space on that disk (remove old files or logs, or ask IT), then try again. What was saved before is kept; the change that failed was not saved.</source>
        <translation>O disco com os dados do Checkstand está cheio: não foi possível gravar %1. Libere espaço nesse disco (remova arquivos ou logs antigos, ou fale com a TI) e tente novamente. O que foi salvo antes está preservado; a alteração que falhou não foi salva.</translation>
    </message>
    <message>
        <source>Checkstand&apos;s database %1 is read-only: it can be read but not changed. Make the file, its folder and the disk writable for the user running Checkstand (the disk may be mounted read-only), then try again.</source>
        <translation>O banco de dados %1 do Checkstand está somente leitura: pode ser lido, mas não alterado. Dê permissão de gravação no arquivo, na pasta e no disco ao usuário que executa o Checkstand (o disco pode estar montado como somente leitura) e tente novamente.</translation>
    </message>
    <message>
        <source>Checkstand&apos;s database %1 is damaged (it is not a valid database, or its pages fail the integrity check), so Checkstand will not read or change it. Keep the file for support and restore it from a backup, then start Checkstand again.</source>
        <translation>O banco de dados %1 do Checkstand está danificado (não é um banco de dados válido ou as páginas dele falham na verificação de integridade), então o Checkstand não vai lê-lo nem alterá-lo. Guarde o arquivo para o suporte, restaure-o a partir de um backup e inicie o Checkstand novamente.</translation>
    </message>
    <message>
        <source>Checkstand&apos;s database %1 is locked by another program (another Checkstand, checkstand-ctl, a backup or a database browser) and stayed locked too long. Close that program, then try again.</source>
        <translation>O banco de dados %1 do Checkstand está bloqueado por outro programa (outro Checkstand, checkstand-ctl, um backup ou um navegador de banco de dados) e ficou bloqueado por tempo demais. Feche esse programa e tente novamente.</translation>
    </message>
    <message>
        <source>The change conflicts with what %1 already holds (a duplicate entry); nothing was changed.</source>
        <translation>A alteração entra em conflito com o que %1 já contém (um registro duplicado); nada foi alterado.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (input/output error): the disk may be failing or disconnected. Check the disk, then start Checkstand again.</source>
        <translation>Falha ao ler ou gravar %1 (erro de entrada/saída): o disco pode estar com defeito ou desconectado. Verifique o disco e inicie o Checkstand novamente.</translation>
    </message>
    <message>
        <source>Checkstand cannot open %1: check that its folder exists, that the disk is mounted and that the user running Checkstand may write there.</source>
        <translation>O Checkstand não consegue abrir %1: verifique se a pasta existe, se o disco está montado e se o usuário que executa o Checkstand tem permissão de gravação nela.</translation>
    </message>
    <message>
        <source>The database %1 reported an error: %2</source>
        <translation>O banco de dados %1 informou um erro: %2</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>disco cheio</translation>
    </message>
    <message>
        <source>database read-only</source>
        <translation>banco de dados somente leitura</translation>
    </message>
    <message>
        <source>database damaged</source>
        <translation>banco de dados danificado</translation>
    </message>
    <message>
        <source>database locked by another program</source>
        <translation>banco de dados bloqueado por outro programa</translation>
    </message>
    <message>
        <source>duplicate entry</source>
        <translation>registro duplicado</translation>
    </message>
    <message>
        <source>disk error</source>
        <translation>erro de disco</translation>
    </message>
    <message>
        <source>database cannot be opened</source>
        <translation>não foi possível abrir o banco de dados</translation>
    </message>
    <message>
        <source>database error</source>
        <translation>erro no banco de dados</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 não é uma pasta.</translation>
    </message>
</context>
<context>
    <name>checkstand::DayReport</name>
    <message>
        <source>%1 is in %2 and the report in %3: no report is made across currencies.</source>
        <translation>%1 está em %2 e o relatório em %3: não é gerado relatório com moedas diferentes.</translation>
    </message>
    <message>
        <source>The figures are too large to add up (at %1): no report is made with a wrong total.</source>
        <translation>Os valores são grandes demais para serem somados (em %1): não é gerado relatório com um total errado.</translation>
    </message>
    <message>
        <source>the report&apos;s &quot;%1&quot; is missing or malformed</source>
        <translation>o campo &quot;%1&quot; do relatório está ausente ou malformado</translation>
    </message>
    <message>
        <source>The shift&apos;s float</source>
        <translation>O fundo de troco do turno</translation>
    </message>
    <message>
        <source>Sale %1</source>
        <translation>Venda %1</translation>
    </message>
    <message>
        <source>The gross sales</source>
        <translation>As vendas brutas</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>Devolução %1</translation>
    </message>
    <message>
        <source>Cash move %1</source>
        <translation>Movimentação de caixa %1</translation>
    </message>
    <message>
        <source>The %1 total</source>
        <translation>O total de %1</translation>
    </message>
    <message>
        <source>The expected cash</source>
        <translation>O dinheiro esperado</translation>
    </message>
    <message>
        <source>The counted cash</source>
        <translation>O dinheiro contado</translation>
    </message>
    <message>
        <source>The over/short</source>
        <translation>A sobra/falta</translation>
    </message>
</context>
<context>
    <name>checkstand::DiscardDialog</name>
    <message>
        <source>Discard notification</source>
        <translation>Descartar notificação</translation>
    </message>
    <message>
        <source>Discard the payment notification for sale %1?

Voyado Elevate will never hear of this sale from Checkstand. This cannot be undone.</source>
        <translation>Descartar a notificação de pagamento da venda %1?

O Voyado Elevate nunca será informado desta venda pelo Checkstand. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>&amp;Reason (required, kept with the notification):</source>
        <translation>&amp;Motivo (obrigatório, guardado com a notificação):</translation>
    </message>
    <message>
        <source>e.g. test sale, reported to Elevate by hand</source>
        <translation>ex.: venda de teste, informada ao Elevate manualmente</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
</context>
<context>
    <name>checkstand::Doctor</name>
    <message>
        <source>Environment: %1
Secrets: %2
</source>
        <translation>Ambiente: %1
Segredos: %2
</translation>
    </message>
    <message>
        <source>(not configured)</source>
        <translation>(não configurado)</translation>
    </message>
    <message>
        <source>%1 is not a service Checkstand knows.</source>
        <translation>%1 não é um serviço que o Checkstand conhece.</translation>
    </message>
    <message>
        <source>Not configured; this integration is not used.</source>
        <translation>Não configurado; esta integração não é usada.</translation>
    </message>
    <message>
        <source>The address is allowed.</source>
        <translation>O endereço é permitido.</translation>
    </message>
    <message>
        <source>No connection within %1 s: the host does not answer (network, firewall or proxy?).</source>
        <translation>Sem conexão em %1 s: o host não responde (rede, firewall ou proxy?).</translation>
    </message>
    <message>
        <source>Connection failed: %1.</source>
        <translation>Falha na conexão: %1.</translation>
    </message>
    <message>
        <source>The TLS certificate is not trusted: %1</source>
        <translation>O certificado TLS não é confiável: %1</translation>
    </message>
    <message>
        <source>TLS is valid (%1, certificate expires %2).</source>
        <translation>O TLS é válido (%1, o certificado expira em %2).</translation>
    </message>
    <message>
        <source>Reachable over plain HTTP on this computer (sandbox or test server); no TLS needed.</source>
        <translation>Acessível por HTTP simples neste computador (sandbox ou servidor de teste); TLS não é necessário.</translation>
    </message>
    <message>
        <source>Its secret is stored.</source>
        <translation>O segredo do serviço está armazenado.</translation>
    </message>
    <message>
        <source>Its secret is missing: enter it in Settings (or set %1 for scripts).</source>
        <translation>O segredo do serviço está faltando: informe-o em Configurações (ou defina %1 para scripts).</translation>
    </message>
</context>
<context>
    <name>checkstand::EndOfDay</name>
    <message>
        <source>The amount must be in %1.</source>
        <translation>O valor deve estar em %1.</translation>
    </message>
    <message>
        <source>The cash float cannot be negative (0.00 for an empty drawer).</source>
        <translation>O fundo de troco não pode ser negativo (0,00 para uma gaveta vazia).</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Informe um valor maior que zero.</translation>
    </message>
    <message>
        <source>Give the reason: it is printed on the report and kept in the audit journal.</source>
        <translation>Informe o motivo: ele é impresso no relatório e guardado no diário de auditoria.</translation>
    </message>
    <message>
        <source>Keep the reason to %1 characters.</source>
        <translation>Use no máximo %1 caracteres no motivo.</translation>
    </message>
    <message>
        <source>The counted cash cannot be negative.</source>
        <translation>O dinheiro contado não pode ser negativo.</translation>
    </message>
    <message>
        <source>the audit journal could not be written</source>
        <translation>não foi possível gravar no diário de auditoria</translation>
    </message>
    <message>
        <source>No shift was opened: %1</source>
        <translation>Nenhum turno foi aberto: %1</translation>
    </message>
    <message>
        <source>A shift is already open (since %1, opened by %2, float %3): close it with a Z report before opening another.</source>
        <translation>Já há um turno aberto (desde %1, aberto por %2, fundo de troco %3): feche-o com um relatório Z antes de abrir outro.</translation>
    </message>
    <message>
        <source>The shift is open, but the audit journal could not be written: %1</source>
        <translation>O turno está aberto, mas não foi possível gravar no diário de auditoria: %1</translation>
    </message>
    <message>
        <source>The pay-in was not recorded: %1</source>
        <translation>O suprimento não foi registrado: %1</translation>
    </message>
    <message>
        <source>The pay-out was not recorded: %1</source>
        <translation>A sangria não foi registrada: %1</translation>
    </message>
    <message>
        <source>No shift is open: open one with its cash float before moving cash in or out of the drawer.</source>
        <translation>Nenhum turno está aberto: abra um com seu fundo de troco antes de colocar ou retirar dinheiro da gaveta.</translation>
    </message>
    <message>
        <source>The cash move is recorded, but the audit journal could not be written: %1</source>
        <translation>A movimentação de caixa foi registrada, mas não foi possível gravar no diário de auditoria: %1</translation>
    </message>
    <message>
        <source>The day was not closed: the audit journal cannot be read, so the Z report cannot be anchored to it (%1).</source>
        <translation>O dia não foi fechado: não é possível ler o diário de auditoria, então o relatório Z não pode ser vinculado a ele (%1).</translation>
    </message>
    <message>
        <source>No shift is open, so there is no day to close: open a shift with its cash float first (0.00 if the drawer is empty).</source>
        <translation>Nenhum turno está aberto, então não há dia a fechar: primeiro abra um turno com seu fundo de troco (0,00 se a gaveta estiver vazia).</translation>
    </message>
    <message>
        <source>The day was not closed: %1</source>
        <translation>O dia não foi fechado: %1</translation>
    </message>
    <message>
        <source>The X report could not be made: %1</source>
        <translation>Não foi possível gerar o relatório X: %1</translation>
    </message>
    <message>
        <source>Z report No. %1 is stored and the day is closed, but the audit journal could not be written: %2</source>
        <translation>O relatório Z nº %1 foi armazenado e o dia está fechado, mas não foi possível gravar no diário de auditoria: %2</translation>
    </message>
    <message>
        <source>The X report was made, but the audit journal could not be written: %1</source>
        <translation>O relatório X foi gerado, mas não foi possível gravar no diário de auditoria: %1</translation>
    </message>
    <message>
        <source>The Z report could not be read: %1</source>
        <translation>Não foi possível ler o relatório Z: %1</translation>
    </message>
    <message>
        <source>There is no Z report No. %1 on this till.</source>
        <translation>Não há relatório Z nº %1 neste caixa.</translation>
    </message>
    <message>
        <source>There is no Z report yet: the day has never been closed on this till.</source>
        <translation>Ainda não há relatório Z: o dia nunca foi fechado neste caixa.</translation>
    </message>
    <message>
        <source>its figures are those of another report</source>
        <translation>seus valores são os de outro relatório</translation>
    </message>
    <message>
        <source>Z report No. %1 cannot be read (%2).</source>
        <translation>Não é possível ler o relatório Z nº %1 (%2).</translation>
    </message>
    <message>
        <source>Z report No. %1 was read, but the audit journal could not be written: %2</source>
        <translation>O relatório Z nº %1 foi lido, mas não foi possível gravar no diário de auditoria: %2</translation>
    </message>
    <message>
        <source>the sales database did not answer</source>
        <translation>o banco de dados de vendas não respondeu</translation>
    </message>
    <message>
        <source>Nobody is signed in at the till: sign in first.</source>
        <translation>Nenhum operador está conectado ao caixa: entre primeiro.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>O valor é grande demais.</translation>
    </message>
</context>
<context>
    <name>checkstand::EndpointPolicy</name>
    <message>
        <source>No endpoint is configured.</source>
        <translation>Nenhum endpoint está configurado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation>&quot;%1&quot; não é um endereço web válido.</translation>
    </message>
    <message>
        <source>Endpoint addresses must not contain a user name or password; secrets belong in the keychain.</source>
        <translation>Os endereços de endpoint não devem conter nome de usuário nem senha; segredos devem ficar no chaveiro.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain http://; only https:// is allowed for a host other than this computer.</source>
        <translation>&quot;%1&quot; usa http:// simples; somente https:// é permitido para um host que não seja este computador.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address.</source>
        <translation>&quot;%1&quot; não é um endereço http(s).</translation>
    </message>
</context>
<context>
    <name>checkstand::EnvironmentSecretStore</name>
    <message>
        <source>No keychain is available to store the secret.</source>
        <translation>Nenhum chaveiro está disponível para armazenar o segredo.</translation>
    </message>
    <message>
        <source>environment variables, then %1</source>
        <translation>variáveis de ambiente, depois %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
</context>
<context>
    <name>checkstand::FinancingPage</name>
    <message>
        <source>Shipping address: %1</source>
        <translation>Endereço de entrega: %1</translation>
    </message>
    <message>
        <source>Billing address: %1</source>
        <translation>Endereço de cobrança: %1</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Call center</source>
        <translation>Central de atendimento</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>Na loja</translation>
    </message>
    <message>
        <source>Cha&amp;nnel</source>
        <translation>Ca&amp;nal</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Checkout</translation>
    </message>
    <message>
        <source>Fl&amp;ow</source>
        <translation>&amp;Fluxo</translation>
    </message>
    <message>
        <source>Customer&apos;s device</source>
        <translation>Dispositivo do cliente</translation>
    </message>
    <message>
        <source>Merchant&apos;s device</source>
        <translation>Dispositivo da loja</translation>
    </message>
    <message>
        <source>A call-center link always runs on the customer&apos;s device.</source>
        <translation>Um link da central de atendimento sempre é executado no dispositivo do cliente.</translation>
    </message>
    <message>
        <source>Run the flo&amp;w on</source>
        <translation>E&amp;xecutar o fluxo em</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Send &amp;using</source>
        <translation>Enviar &amp;por</translation>
    </message>
    <message>
        <source>ID verification (in store)</source>
        <translation>Verificação de identidade (na loja)</translation>
    </message>
    <message>
        <source>Driver&apos;s license</source>
        <translation>Carteira de motorista</translation>
    </message>
    <message>
        <source>Federal ID</source>
        <translation>Documento federal</translation>
    </message>
    <message>
        <source>State-issued ID</source>
        <translation>Documento estadual</translation>
    </message>
    <message>
        <source>ID t&amp;ype</source>
        <translation>&amp;Tipo de documento</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>ID ex&amp;pires on</source>
        <translation>&amp;Validade do documento</translation>
    </message>
    <message>
        <source>e.g. JP Morgan</source>
        <translation>ex.: JP Morgan</translation>
    </message>
    <message>
        <source>Card &amp;issuer</source>
        <translation>&amp;Emissor do cartão</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/AA</translation>
    </message>
    <message>
        <source>Card e&amp;xpiry</source>
        <translation>Va&amp;lidade do cartão</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Firs&amp;t name</source>
        <translation>N&amp;ome</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Sobrenome</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@example.com</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>2124445555</source>
        <translation>2124445555</translation>
    </message>
    <message>
        <source>Mo&amp;bile phone</source>
        <translation>Cel&amp;ular</translation>
    </message>
    <message>
        <source>Optional: the customer&apos;s number in our systems</source>
        <translation>Opcional: o número do cliente em nossos sistemas</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>ID do cliente</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Endereço de entrega</translation>
    </message>
    <message>
        <source>Billing a&amp;ddress same as shipping</source>
        <translation>Endereço de cobrança i&amp;gual ao de entrega</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Endereço de cobrança</translation>
    </message>
    <message>
        <source>Cart (checkout)</source>
        <translation>Carrinho (checkout)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Merchant order id</source>
        <translation>ID do pedido da loja</translation>
    </message>
    <message>
        <source>New lin&amp;k</source>
        <translation>Novo lin&amp;k</translation>
    </message>
    <message>
        <source>Clear the customer, ID and cart for the next customer</source>
        <translation>Limpar o cliente, o documento e o carrinho para o próximo cliente</translation>
    </message>
    <message>
        <source>&amp;Send link</source>
        <translation>Enviar link (&amp;S)</translation>
    </message>
    <message>
        <source>Sent links</source>
        <translation>Links enviados</translation>
    </message>
    <message>
        <source>Customer (optional on the merchant&apos;s device)</source>
        <translation>Cliente (opcional no dispositivo da loja)</translation>
    </message>
    <message>
        <source>Complete the form to send; press Enter in any field to see what is missing.</source>
        <translation>Preencha o formulário para enviar; pressione Enter em qualquer campo para ver o que falta.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>(It could not be added to the sent-links history.)</source>
        <translation>(Não foi possível adicioná-lo ao histórico de links enviados.)</translation>
    </message>
</context>
<context>
    <name>checkstand::FinancingWait</name>
    <message>
        <source>Enter ChargeAfter&apos;s approval reference (4 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;), as ChargeAfter shows it.</source>
        <translation>Digite a referência de aprovação da ChargeAfter (de 4 a 64 letras, dígitos, &apos;-&apos; ou &apos;_&apos;), como a ChargeAfter a exibe.</translation>
    </message>
    <message>
        <source>That looks like a card number. Never type the card number here: enter ChargeAfter&apos;s approval reference.</source>
        <translation>Isso parece um número de cartão. Nunca digite o número do cartão aqui: digite a referência de aprovação da ChargeAfter.</translation>
    </message>
    <message>
        <source>No sale “%1” is awaiting financing.</source>
        <translation>Nenhuma venda “%1” está aguardando financiamento.</translation>
    </message>
    <message>
        <source>The financed sale could not be recorded: %1</source>
        <translation>Não foi possível registrar a venda financiada: %1</translation>
    </message>
    <message>
        <source>The sale could not be put back to be paid another way: %1</source>
        <translation>Não foi possível devolver a venda para ser paga de outra forma: %1</translation>
    </message>
</context>
<context>
    <name>checkstand::FirstAdminDialog</name>
    <message>
        <source>The first administrator</source>
        <translation>O primeiro administrador</translation>
    </message>
    <message>
        <source>Nobody can use this till yet. Add its first administrator: they sign in with the operator number and PIN below, and add the other operators.</source>
        <translation>Ninguém pode usar este caixa ainda. Adicione o primeiro administrador: ele entra com o número de operador e o PIN abaixo e adiciona os demais operadores.</translation>
    </message>
    <message>
        <source>The operator number has 1 to 6 digits. The PIN has 4 to 8 digits, not all the same and not in a row (not 1111, not 1234).</source>
        <translation>O número de operador tem de 1 a 6 dígitos. O PIN tem de 4 a 8 dígitos, que não podem ser todos iguais nem estar em sequência (nem 1111, nem 1234).</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>Administrator&apos;s name</source>
        <translation>Nome do administrador</translation>
    </message>
    <message>
        <source>Operator n&amp;umber</source>
        <translation>Número do &amp;operador</translation>
    </message>
    <message>
        <source>Administrator&apos;s operator number</source>
        <translation>Número de operador do administrador</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>&amp;Repita o PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Repita o PIN</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>&amp;Criar administrador</translation>
    </message>
    <message>
        <source>The two PINs differ: type the PIN twice, the same.</source>
        <translation>Os dois PINs são diferentes: digite o mesmo PIN duas vezes.</translation>
    </message>
    <message>
        <source>An operator was added meanwhile: sign in on the lock screen.</source>
        <translation>Um operador foi adicionado nesse meio-tempo: entre pela tela de bloqueio.</translation>
    </message>
</context>
<context>
    <name>checkstand::HelpDialog</name>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Ajuda: %1</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>O que fazem</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Every page&apos;s keys. Alt with an underlined letter goes to that field or button.</source>
        <translation>As teclas de cada página. Alt com uma letra sublinhada vai para aquele campo ou botão.</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
</context>
<context>
    <name>checkstand::HistoryPage</name>
    <message>
        <source>Sale history</source>
        <translation>Histórico de vendas</translation>
    </message>
    <message>
        <source>Completed sales</source>
        <translation>Vendas concluídas</translation>
    </message>
    <message>
        <source>Sale number</source>
        <translation>Número da venda</translation>
    </message>
    <message>
        <source>All or part, e.g. 000042</source>
        <translation>Completo ou parte, ex.: 000042</translation>
    </message>
    <message>
        <source>Completed on or after</source>
        <translation>Concluída em ou depois de</translation>
    </message>
    <message>
        <source>Completed on or before</source>
        <translation>Concluída em ou antes de</translation>
    </message>
    <message>
        <source>Sale total</source>
        <translation>Total da venda</translation>
    </message>
    <message>
        <source>Total, exactly</source>
        <translation>Total exato</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Sale &amp;number</source>
        <translation>&amp;Número da venda</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>A&amp;té</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <source>Receipt of the selected sale</source>
        <translation>Recibo da venda selecionada</translation>
    </message>
    <message>
        <source>Select a sale to see its receipt.</source>
        <translation>Selecione uma venda para ver o recibo.</translation>
    </message>
    <message>
        <source>&amp;Reprint (F8)</source>
        <translation>&amp;Reimprimir (F8)</translation>
    </message>
    <message>
        <source>Print the receipt again, marked REPRINT</source>
        <translation>Imprimir o recibo novamente, marcado como REIMPRESSÃO</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Salvar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Re&amp;turn… (F9)</source>
        <translation>Dev&amp;olução… (F9)</translation>
    </message>
    <message>
        <source>Take items of this sale back and refund them</source>
        <translation>Receber de volta itens desta venda e reembolsá-los</translation>
    </message>
    <message>
        <source>Earlier returns of the selected sale</source>
        <translation>Devoluções anteriores da venda selecionada</translation>
    </message>
    <message>
        <source>Reprint return receipt</source>
        <translation>Reimprimir recibo de devolução</translation>
    </message>
    <message>
        <source>Returns of this sale</source>
        <translation>Devoluções desta venda</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Valor: %1</translation>
    </message>
    <message>
        <source>The From date is after the To date.</source>
        <translation>A data De é posterior à data Até.</translation>
    </message>
    <message>
        <source>The sale history could not be read: %1</source>
        <translation>Não foi possível ler o histórico de vendas: %1</translation>
    </message>
    <message>
        <source>No sale matches.</source>
        <translation>Nenhuma venda corresponde à pesquisa.</translation>
    </message>
    <message>
        <source>The newest %1 sales are listed; narrow the search to see older ones.</source>
        <translation>As %1 vendas mais recentes estão listadas; refine a pesquisa para ver as mais antigas.</translation>
    </message>
    <message>
        <source>Sale could not be read: %1</source>
        <translation>Não foi possível ler a venda: %1</translation>
    </message>
    <message>
        <source>The sale is no longer in this terminal&apos;s journal.</source>
        <translation>A venda não está mais no diário deste terminal.</translation>
    </message>
    <message>
        <source>The returns of sale %1 could not be read: %2</source>
        <translation>Não foi possível ler as devoluções da venda %1: %2</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>Authorised by %1.</source>
        <translation>Autorizado por %1.</translation>
    </message>
    <message>
        <source>Not printed: a copy of another operator&apos;s receipt needs a supervisor.</source>
        <translation>Não impresso: uma cópia do recibo de outro operador exige um supervisor.</translation>
    </message>
    <message>
        <source>Receipt %1 sent to the printer.</source>
        <translation>Recibo %1 enviado para a impressora.</translation>
    </message>
    <message>
        <source>Receipt %1 saved as PDF.</source>
        <translation>Recibo %1 salvo como PDF.</translation>
    </message>
    <message>
        <source>Return receipt %1 sent to the printer.</source>
        <translation>Recibo de devolução %1 enviado para a impressora.</translation>
    </message>
    <message>
        <source>A return of sale %1.</source>
        <translation>Devolução da venda %1.</translation>
    </message>
    <message>
        <source>No return of sale %1: a return needs a supervisor.</source>
        <translation>A devolução da venda %1 não foi feita: uma devolução exige um supervisor.</translation>
    </message>
    <message>
        <source>Return %1 recorded: %2 refunded.</source>
        <translation>Devolução %1 registrada: reembolso de %2.</translation>
    </message>
    <message>
        <source>Sale %1 could not be read: %2</source>
        <translation>Não foi possível ler a venda %1: %2</translation>
    </message>
    <message>
        <source>No sale %1 in this terminal&apos;s history: a receipt from another till is returned there.</source>
        <translation>A venda %1 não está no histórico deste terminal: a devolução de um recibo de outro caixa deve ser feita naquele caixa.</translation>
    </message>
    <message>
        <source>Sale %1 is not listed; it could not be opened for a return.</source>
        <translation>A venda %1 não está listada; não foi possível abri-la para devolução.</translation>
    </message>
</context>
<context>
    <name>checkstand::HttpCall</name>
    <message>
        <source>the request was cancelled</source>
        <translation>a solicitação foi cancelada</translation>
    </message>
    <message>
        <source>the reply is larger than the %1 KB allowed</source>
        <translation>a resposta é maior que os %1 KB permitidos</translation>
    </message>
    <message>
        <source>the server sent more than %1 KB without finishing its reply headers</source>
        <translation>o servidor enviou mais de %1 KB sem concluir os cabeçalhos da resposta</translation>
    </message>
    <message>
        <source>no reply headers within %1</source>
        <translation>nenhum cabeçalho de resposta em %1</translation>
    </message>
    <message>
        <source>no complete answer within %1</source>
        <translation>nenhuma resposta completa em %1</translation>
    </message>
    <message>
        <source>the reply could not be read (%1)</source>
        <translation>não foi possível ler a resposta (%1)</translation>
    </message>
    <message>
        <source>the reply is not valid JSON (%1 at byte %2)</source>
        <translation>a resposta não é um JSON válido (%1 no byte %2)</translation>
    </message>
</context>
<context>
    <name>checkstand::HttpClient</name>
    <message>
        <source>the connection was refused</source>
        <translation>a conexão foi recusada</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>o servidor encerrou a conexão</translation>
    </message>
    <message>
        <source>the server name could not be found</source>
        <translation>o nome do servidor não foi encontrado</translation>
    </message>
    <message>
        <source>the secure (TLS) connection could not be set up: %1</source>
        <translation>não foi possível estabelecer a conexão segura (TLS): %1</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>a rede não está disponível</translation>
    </message>
    <message>
        <source>the proxy failed: %1</source>
        <translation>falha no proxy: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; contains a line break or another control character</source>
        <translation>o cabeçalho &quot;%1&quot; contém uma quebra de linha ou outro caractere de controle</translation>
    </message>
    <message>
        <source>the method &quot;%1&quot; is not a valid HTTP method</source>
        <translation>o método &quot;%1&quot; não é um método HTTP válido</translation>
    </message>
    <message>
        <source>%1 is not called: %2</source>
        <translation>%1 não foi chamado: %2</translation>
    </message>
    <message>
        <source>No secret store is available.</source>
        <translation>Nenhum armazenamento de segredos está disponível.</translation>
    </message>
    <message>
        <source>The %1 secret (%2) contains a line break or another control character; store it again without one.</source>
        <translation>O segredo de %1 (%2) contém uma quebra de linha ou outro caractere de controle; armazene-o novamente sem esse caractere.</translation>
    </message>
    <message>
        <source>No %1 secret (%2) is stored. Enter it in Settings, or for scripts set %3.</source>
        <translation>Nenhum segredo de %1 (%2) está armazenado. Informe-o em Configurações ou, para scripts, defina %3.</translation>
    </message>
    <message>
        <source>The %1 secret could not be read: %2</source>
        <translation>Não foi possível ler o segredo de %1: %2</translation>
    </message>
</context>
<context>
    <name>checkstand::HttpResult</name>
    <message>
        <source>The service</source>
        <translation>O serviço</translation>
    </message>
    <message>
        <source>%1 answered.</source>
        <translation>%1 respondeu.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2. Check the network connection and try again.</source>
        <translation>Não foi possível acessar %1: %2. Verifique a conexão de rede e tente novamente.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2). Try again; if it keeps happening, the service may be down.</source>
        <translation>%1 não respondeu a tempo (%2). Tente novamente; se continuar acontecendo, o serviço pode estar fora do ar.</translation>
    </message>
    <message>
        <source>%1 sent a reply Checkstand cannot use: %2.</source>
        <translation>%1 enviou uma resposta que o Checkstand não consegue usar: %2.</translation>
    </message>
    <message>
        <source> It said: &quot;%1&quot;.</source>
        <translation> Mensagem: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 did not accept Checkstand&apos;s credentials (HTTP %2). Check the API key in Settings.%3</source>
        <translation>%1 não aceitou as credenciais do Checkstand (HTTP %2). Verifique a chave de API em Configurações.%3</translation>
    </message>
    <message>
        <source>%1 had a problem on its side (HTTP %2). Try again in a moment.%3</source>
        <translation>%1 teve um problema interno (HTTP %2). Tente novamente em instantes.%3</translation>
    </message>
    <message>
        <source>%1 tried to redirect the request (HTTP %2); Checkstand does not follow redirects for API calls. Check the endpoint in Settings.</source>
        <translation>%1 tentou redirecionar a solicitação (HTTP %2); o Checkstand não segue redirecionamentos em chamadas de API. Verifique o endpoint em Configurações.</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2).%3</source>
        <translation>%1 rejeitou a solicitação (HTTP %2).%3</translation>
    </message>
    <message>
        <source>%1 has no such address (HTTP 404). Check the endpoint in Settings.%2</source>
        <translation>%1 não tem esse endereço (HTTP 404). Verifique o endpoint em Configurações.%2</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).%3</source>
        <translation>%1 recusou a solicitação (HTTP %2).%3</translation>
    </message>
</context>
<context>
    <name>checkstand::KeychainSecretStore</name>
    <message>
        <source>The OS keychain refused access (%1). Unlock it and try again.</source>
        <translation>O chaveiro do sistema operacional negou o acesso (%1). Desbloqueie-o e tente novamente.</translation>
    </message>
    <message>
        <source>The OS keychain is not available (%1). On Linux a Secret Service such as GNOME Keyring or KWallet must be running and unlocked. Checkstand never stores secrets in plain text.</source>
        <translation>O chaveiro do sistema operacional não está disponível (%1). No Linux, um Secret Service como o GNOME Keyring ou o KWallet precisa estar em execução e desbloqueado. O Checkstand nunca armazena segredos em texto simples.</translation>
    </message>
    <message>
        <source>The OS keychain did not answer within %1 seconds; it may be locked or not running.</source>
        <translation>O chaveiro do sistema operacional não respondeu em %1 segundos; ele pode estar bloqueado ou fora de execução.</translation>
    </message>
    <message>
        <source>The OS keychain did not answer within %1 seconds; the secret was not saved.</source>
        <translation>O chaveiro do sistema operacional não respondeu em %1 segundos; o segredo não foi salvo.</translation>
    </message>
    <message>
        <source>OS keychain (service &quot;%1&quot;)</source>
        <translation>Chaveiro do sistema operacional (serviço &quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>checkstand::LastReceipt</name>
    <message>
        <source>%1 F8 prints the receipt.</source>
        <translation>%1 F8 imprime o recibo.</translation>
    </message>
    <message>
        <source>%1 Receipt printed.</source>
        <translation>%1 Recibo impresso.</translation>
    </message>
    <message>
        <source>%1 The receipt was not printed: %2 F8 tries again.</source>
        <translation>%1 O recibo não foi impresso: %2 F8 tenta novamente.</translation>
    </message>
    <message>
        <source>No sale was completed here yet: reprint an earlier receipt from Sale history.</source>
        <translation>Nenhuma venda foi concluída aqui ainda: reimprima um recibo anterior pelo Histórico de vendas.</translation>
    </message>
    <message>
        <source>The receipt was not printed: %1 F8 tries again.</source>
        <translation>O recibo não foi impresso: %1 F8 tenta novamente.</translation>
    </message>
    <message>
        <source>Receipt of sale %1 printed.</source>
        <translation>Recibo da venda %1 impresso.</translation>
    </message>
    <message>
        <source>printing was cancelled.</source>
        <translation>a impressão foi cancelada.</translation>
    </message>
</context>
<context>
    <name>checkstand::LinkHistoryModel</name>
    <message>
        <source>Call center</source>
        <translation>Central de atendimento</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>Na loja</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Checkout</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Fluxo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Tracking id</source>
        <translation>ID de rastreamento</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>checkstand::LockScreen</name>
    <message>
        <source>Sign in to the till</source>
        <translation>Entre no caixa</translation>
    </message>
    <message>
        <source>Operator number or badge</source>
        <translation>Número do operador ou crachá</translation>
    </message>
    <message>
        <source>Number, or scan your badge</source>
        <translation>Número, ou leia seu crachá</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>Create the first &amp;administrator…</source>
        <translation>Criar o primeiro &amp;administrador…</translation>
    </message>
    <message>
        <source>Operator &amp;number</source>
        <translation>&amp;Número do operador</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Type your operator number, or scan your badge.</source>
        <translation>Digite seu número de operador ou leia seu crachá.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Não foi possível entrar.</translation>
    </message>
    <message>
        <source>The operators could not be read (staff.db): %1 Nobody can sign in until it is fixed.</source>
        <translation>Não foi possível ler os operadores (staff.db): %1 Ninguém poderá entrar até que isso seja corrigido.</translation>
    </message>
    <message>
        <source>This till has no operator yet: create its first administrator.</source>
        <translation>Este caixa ainda não tem operadores: crie o primeiro administrador.</translation>
    </message>
    <message>
        <source>The administrator was added: sign in with their number and PIN.</source>
        <translation>O administrador foi adicionado: entre com o número e o PIN dele.</translation>
    </message>
    <message>
        <source>This till has no operator yet: create its first administrator to start.</source>
        <translation>Este caixa ainda não tem operadores: crie o primeiro administrador para começar.</translation>
    </message>
</context>
<context>
    <name>checkstand::MainWindow</name>
    <message>
        <source>Checkstand</source>
        <translation>Checkstand</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venda</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Financiamento</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Associações</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Fila de envio</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Sale history</source>
        <translation>Histórico de vendas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Bloquear a tela</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Help for this page</source>
        <translation>&amp;Ajuda desta página</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;talhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Checkstand</source>
        <translation>&amp;Sobre o Checkstand</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra sublinhada</translation>
    </message>
    <message>
        <source>Ring up a sale: scan or type the items, check the order, take the payment and print the receipt.</source>
        <translation>Registre uma venda: leia ou digite os itens, verifique o pedido, receba o pagamento e imprima o recibo.</translation>
    </message>
    <message>
        <source>Add the item scanned or typed in the scan field</source>
        <translation>Adicionar o item lido ou digitado no campo de leitura</translation>
    </message>
    <message>
        <source>+ / - / Delete</source>
        <translation>+ / - / Delete</translation>
    </message>
    <message>
        <source>More, fewer or none of the selected line</source>
        <translation>Mais, menos ou nenhuma unidade da linha selecionada</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Seta para cima / Seta para baixo</translation>
    </message>
    <message>
        <source>Select the line above or below</source>
        <translation>Selecionar a linha acima ou abaixo</translation>
    </message>
    <message>
        <source>Empty the scan field</source>
        <translation>Limpar o campo de leitura</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Desfazer a última alteração</translation>
    </message>
    <message>
        <source>Finish the sale: check the order and pay</source>
        <translation>Finalizar a venda: verificar o pedido e pagar</translation>
    </message>
    <message>
        <source>%1 / %2 / %3 (payment)</source>
        <translation>%1 / %2 / %3 (pagamento)</translation>
    </message>
    <message>
        <source>In the payment window: cash, card or financing</source>
        <translation>Na janela de pagamento: dinheiro, cartão ou financiamento</translation>
    </message>
    <message>
        <source>%1 (payment)</source>
        <translation>%1 (pagamento)</translation>
    </message>
    <message>
        <source>In the payment window: exact cash, no change</source>
        <translation>Na janela de pagamento: dinheiro exato, sem troco</translation>
    </message>
    <message>
        <source>Park this sale and start a new one</source>
        <translation>Suspender esta venda e iniciar uma nova</translation>
    </message>
    <message>
        <source>Recall a parked sale</source>
        <translation>Retomar uma venda suspensa</translation>
    </message>
    <message>
        <source>Print the receipt of the last sale</source>
        <translation>Imprimir o recibo da última venda</translation>
    </message>
    <message>
        <source>Sales awaiting a financing decision</source>
        <translation>Vendas aguardando uma decisão de financiamento</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nova venda</translation>
    </message>
    <message>
        <source>Void this sale, with a reason</source>
        <translation>Cancelar esta venda, com um motivo</translation>
    </message>
    <message>
        <source>Show or hide the customer and order fields</source>
        <translation>Mostrar ou ocultar os campos de cliente e pedido</translation>
    </message>
    <message>
        <source>Check the order again (after a failed check)</source>
        <translation>Verificar o pedido de novo (após uma verificação com falha)</translation>
    </message>
    <message>
        <source>Send a customer a ChargeAfter link to apply for financing or to pay a cart with it, by e-mail or text message.</source>
        <translation>Enviar ao cliente um link da ChargeAfter para solicitar financiamento ou pagar um carrinho com ele, por e-mail ou SMS.</translation>
    </message>
    <message>
        <source>Send the link; on an incomplete form, show what is missing</source>
        <translation>Enviar o link; com o formulário incompleto, mostrar o que falta</translation>
    </message>
    <message>
        <source>Go to that field</source>
        <translation>Ir para esse campo</translation>
    </message>
    <message>
        <source>Send the link</source>
        <translation>Enviar o link</translation>
    </message>
    <message>
        <source>New link: empty the form for the next customer</source>
        <translation>Novo link: limpar o formulário para o próximo cliente</translation>
    </message>
    <message>
        <source>Copy the tracking id of the link sent</source>
        <translation>Copiar o ID de rastreamento do link enviado</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>Campo seguinte ou anterior</translation>
    </message>
    <message>
        <source>Ask ACME for a membership refund quote (cancel, downgrade or buy) and print it or save it as PDF for the member.</source>
        <translation>Pedir à ACME uma cotação de reembolso da associação (cancelamento, rebaixamento ou compra) e imprimi-la ou salvá-la em PDF para o associado.</translation>
    </message>
    <message>
        <source>Get the refund quote; on an incomplete form, show what is missing</source>
        <translation>Obter a cotação de reembolso; com o formulário incompleto, mostrar o que falta</translation>
    </message>
    <message>
        <source>Get the refund quote</source>
        <translation>Obter a cotação de reembolso</translation>
    </message>
    <message>
        <source>Add a membership operation</source>
        <translation>Adicionar uma operação de associação</translation>
    </message>
    <message>
        <source>Print the quote</source>
        <translation>Imprimir a cotação</translation>
    </message>
    <message>
        <source>Save the quote as PDF</source>
        <translation>Salvar a cotação em PDF</translation>
    </message>
    <message>
        <source>The messages waiting to go to Voyado: what each one needs, and retrying, reading or discarding them.</source>
        <translation>As mensagens aguardando envio ao Voyado: o que cada uma precisa, e como reenviá-las, lê-las ou descartá-las.</translation>
    </message>
    <message>
        <source>Retry the selected message now</source>
        <translation>Reenviar agora a mensagem selecionada</translation>
    </message>
    <message>
        <source>View the message body</source>
        <translation>Ver o conteúdo da mensagem</translation>
    </message>
    <message>
        <source>Discard the selected message</source>
        <translation>Descartar a mensagem selecionada</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Retomar os envios</translation>
    </message>
    <message>
        <source>The store&apos;s settings, the services&apos; addresses and keys, and the devices. Nothing changes until you save.</source>
        <translation>As configurações da loja, os endereços e chaves dos serviços e os dispositivos. Nada muda até você salvar.</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Salvar as configurações</translation>
    </message>
    <message>
        <source>Revert to the saved settings</source>
        <translation>Voltar às configurações salvas</translation>
    </message>
    <message>
        <source>Find a past sale by number, date or amount, print its receipt again or record a return.</source>
        <translation>Encontrar uma venda anterior por número, data ou valor, reimprimir o recibo ou registrar uma devolução.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Seta para baixo</translation>
    </message>
    <message>
        <source>From the sale number or amount: go to the results</source>
        <translation>A partir do número da venda ou do valor: ir para os resultados</translation>
    </message>
    <message>
        <source>Reprint the selected sale&apos;s receipt</source>
        <translation>Reimprimir o recibo da venda selecionada</translation>
    </message>
    <message>
        <source>Return items of the selected sale</source>
        <translation>Devolver itens da venda selecionada</translation>
    </message>
    <message>
        <source>%1 (return)</source>
        <translation>%1 (devolução)</translation>
    </message>
    <message>
        <source>In the return window: record the return</source>
        <translation>Na janela de devolução: registrar a devolução</translation>
    </message>
    <message>
        <source>Go to the sale number</source>
        <translation>Ir para o número da venda</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Em todas as páginas</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>Go to the page with that number in the list</source>
        <translation>Ir para a página com esse número na lista</translation>
    </message>
    <message>
        <source>Help for the page shown</source>
        <translation>Ajuda da página exibida</translation>
    </message>
    <message>
        <source>Lock the screen: sign out, for the next operator to sign in</source>
        <translation>Bloquear a tela: sair, para que o próximo operador entre</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>This overview</source>
        <translation>Esta visão geral</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Settings need an administrator.</source>
        <translation>As configurações exigem um administrador.</translation>
    </message>
    <message>
        <source>Settings opened. Authorised by %1.</source>
        <translation>Configurações abertas. Autorizado por %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without a key or a click.</source>
        <translation>
            <numerusform>Bloqueado após %n minuto sem nenhuma tecla ou clique.</numerusform>
            <numerusform>Bloqueado após %n minutos sem nenhuma tecla ou clique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked by %1.</source>
        <translation>Bloqueado por %1.</translation>
    </message>
    <message>
        <source>Locked: nobody is signed in</source>
        <translation>Bloqueado: nenhum operador conectado</translation>
    </message>
    <message>
        <source>%1 · %2 (badge)</source>
        <translation>%1 · %2 (crachá)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guia do usuário</translation>
    </message>
    <message>
        <source>Opening the till...</source>
        <translation>Abrindo o caixa...</translation>
    </message>
    <message>
        <source>Operator number</source>
        <translation>Número do operador</translation>
    </message>
</context>
<context>
    <name>checkstand::MembershipOperationsEditor</name>
    <message>
        <source>&amp;Add operation</source>
        <translation>&amp;Adicionar operação</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation>Rebaixar</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Comprar</translation>
    </message>
    <message>
        <source>Membership id</source>
        <translation>ID da associação</translation>
    </message>
    <message>
        <source>Target level…</source>
        <translation>Nível de destino…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Operation %1</source>
        <translation>Operação %1</translation>
    </message>
    <message>
        <source>Membership id of operation %1</source>
        <translation>ID da associação da operação %1</translation>
    </message>
    <message>
        <source>Target level of operation %1</source>
        <translation>Nível de destino da operação %1</translation>
    </message>
    <message>
        <source>Remove operation %1</source>
        <translation>Remover a operação %1</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Ouro</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Prata</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronze</translation>
    </message>
</context>
<context>
    <name>checkstand::MembershipsPage</name>
    <message>
        <source>Member</source>
        <translation>Associado</translation>
    </message>
    <message>
        <source>Firs&amp;t name</source>
        <translation>N&amp;ome</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Sobrenome</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@example.com</translation>
    </message>
    <message>
        <source>Ph&amp;one</source>
        <translation>&amp;Telefone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Address (line 2)</source>
        <translation>Endereço (linha 2)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>CEP</translation>
    </message>
    <message>
        <source>&amp;Billing contact same as contact</source>
        <translation>Contato de co&amp;brança igual ao contato</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation>Contato de cobrança</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Billing contact: %1</source>
        <translation>Contato de cobrança: %1</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Obs&amp;ervações</translation>
    </message>
    <message>
        <source>Check or voucher number</source>
        <translation>Número do cheque ou do voucher</translation>
    </message>
    <message>
        <source>Pa&amp;yment id</source>
        <translation>ID do pa&amp;gamento</translation>
    </message>
    <message>
        <source>Membership operations</source>
        <translation>Operações da associação</translation>
    </message>
    <message>
        <source>Card the membership was paid with</source>
        <translation>Cartão usado para pagar a associação</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolha…</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>MasterCard</source>
        <translation>MasterCard</translation>
    </message>
    <message>
        <source>American Express</source>
        <translation>American Express</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Discover</translation>
    </message>
    <message>
        <source>JCB</source>
        <translation>JCB</translation>
    </message>
    <message>
        <source>B&amp;rand</source>
        <translation>Bandei&amp;ra</translation>
    </message>
    <message>
        <source>Card n&amp;umber</source>
        <translation>Número do &amp;cartão</translation>
    </message>
    <message>
        <source>4242</source>
        <translation>4242</translation>
    </message>
    <message>
        <source>La&amp;st four digits</source>
        <translation>Últimos &amp;quatro dígitos</translation>
    </message>
    <message>
        <source>MM/YY, e.g. 08/29</source>
        <translation>MM/AA, ex.: 08/29</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>Va&amp;lidade</translation>
    </message>
    <message>
        <source>Security &amp;code (CVC)</source>
        <translation>Código de segurança (C&amp;VC)</translation>
    </message>
    <message>
        <source>Get refund &amp;quote</source>
        <translation>&amp;Obter cotação de reembolso</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Salvar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Complete the form to get the quote; press Enter in any field to see what is missing.</source>
        <translation>Preencha o formulário para obter a cotação; pressione Enter em qualquer campo para ver o que falta.</translation>
    </message>
    <message>
        <source>Asking ACME…</source>
        <translation>Consultando a ACME…</translation>
    </message>
    <message>
        <source>Asking ACME for the refund quote…</source>
        <translation>Pedindo a cotação de reembolso à ACME…</translation>
    </message>
    <message>
        <source>The quote was not asked for: correct the fields marked above.</source>
        <translation>A cotação não foi pedida: corrija os campos marcados acima.</translation>
    </message>
    <message>
        <source>Quote received: %1 to refund.</source>
        <translation>Cotação recebida: %1 a reembolsar.</translation>
    </message>
    <message>
        <source>Already submitted: ACME already has this quote (same request id), so it was not taken twice. Nothing more to do.</source>
        <translation>Já enviada: a ACME já tem esta cotação (mesmo ID de solicitação), então ela não foi registrada duas vezes. Não é preciso fazer mais nada.</translation>
    </message>
    <message>
        <source>The quote could not be made: %1 Press Get refund quote again to retry (it will not be taken twice).</source>
        <translation>Não foi possível fazer a cotação: %1 Clique em Obter cotação de reembolso de novo para tentar novamente (ela não será registrada duas vezes).</translation>
    </message>
    <message>
        <source>There is no quote to save yet.</source>
        <translation>Ainda não há cotação para salvar.</translation>
    </message>
    <message>
        <source>refund-quote-%1.pdf</source>
        <translation>refund-quote-%1.pdf</translation>
    </message>
    <message>
        <source>Save the quote as PDF</source>
        <translation>Salvar a cotação em PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The quote was saved to %1.</source>
        <translation>A cotação foi salva em %1.</translation>
    </message>
    <message>
        <source>Print the refund quote</source>
        <translation>Imprimir a cotação de reembolso</translation>
    </message>
</context>
<context>
    <name>checkstand::MemorySecretStore</name>
    <message>
        <source>in memory (training sandbox)</source>
        <translation>memória (ambiente de treinamento)</translation>
    </message>
</context>
<context>
    <name>checkstand::Money</name>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>&quot;%1&quot; é grande demais</translation>
    </message>
    <message>
        <source>the amount is empty</source>
        <translation>o valor está vazio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one decimal point</source>
        <translation>&quot;%1&quot; tem mais de um ponto decimal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (use digits and a &apos;.&apos;)</source>
        <translation>&quot;%1&quot; não é um valor (use algarismos e um &apos;.&apos;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 decimals</source>
        <translation>&quot;%1&quot; tem mais de %2 casas decimais</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>&quot;%1&quot; não é um valor</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>está faltando</translation>
    </message>
    <message>
        <source>expected an amount, got %1</source>
        <translation>esperava-se um valor, veio %1</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>outro tipo</translation>
    </message>
    <message>
        <source>the amount is not a finite number</source>
        <translation>o valor não é um número finito</translation>
    </message>
    <message>
        <source>%1 is too large to be exact as a JSON number</source>
        <translation>%1 é grande demais para ser exato como número JSON</translation>
    </message>
</context>
<context>
    <name>checkstand::NotificationBodyDialog</name>
    <message>
        <source>Payment notification for sale %1</source>
        <translation>Notificação de pagamento da venda %1</translation>
    </message>
    <message>
        <source>Sale:</source>
        <translation>Venda:</translation>
    </message>
    <message>
        <source>Customer key:</source>
        <translation>Chave do cliente:</translation>
    </message>
    <message>
        <source>Market:</source>
        <translation>Mercado:</translation>
    </message>
    <message>
        <source>Session key:</source>
        <translation>Chave da sessão:</translation>
    </message>
</context>
<context>
    <name>checkstand::OperatorSession</name>
    <message>
        <source>Enter the PIN of operator %1.</source>
        <translation>Digite o PIN do operador %1.</translation>
    </message>
    <message>
        <source>Nobody was signed in: the audit journal could not be written (%1).</source>
        <translation>Nenhum operador foi conectado: não foi possível gravar no diário de auditoria (%1).</translation>
    </message>
    <message>
        <source>Not authorised: the audit journal could not be written (%1).</source>
        <translation>Não autorizado: não foi possível gravar no diário de auditoria (%1).</translation>
    </message>
</context>
<context>
    <name>checkstand::OperatorStore</name>
    <message>
        <source>the cryptography library (libsodium) cannot start</source>
        <translation>a biblioteca de criptografia (libsodium) não consegue iniciar</translation>
    </message>
    <message>
        <source>Enter the operator&apos;s name.</source>
        <translation>Digite o nome do operador.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>Um nome tem no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>An operator number has 1 to 6 digits.</source>
        <translation>Um número de operador tem de 1 a 6 dígitos.</translation>
    </message>
    <message>
        <source>A badge code has at most %1 characters.</source>
        <translation>Um código de crachá tem no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Operator number %1 is taken by %2.</source>
        <translation>O número de operador %1 já é usado por %2.</translation>
    </message>
    <message>
        <source>That badge already belongs to %1.</source>
        <translation>Esse crachá já pertence a %1.</translation>
    </message>
    <message>
        <source>The PIN could not be protected (out of memory); try again.</source>
        <translation>Não foi possível proteger o PIN (memória insuficiente); tente novamente.</translation>
    </message>
    <message>
        <source>There is no such operator.</source>
        <translation>Esse operador não existe.</translation>
    </message>
    <message>
        <source>%1 is the last administrator: add another before disabling them.</source>
        <translation>%1 é o último administrador: adicione outro antes de desativá-lo.</translation>
    </message>
    <message>
        <source>Operator %1 is locked until %2 after %3 wrong PINs.</source>
        <translation>O operador %1 está bloqueado até %2 após %3 PINs errados.</translation>
    </message>
    <message>
        <source>Operator %1 is disabled; ask an administrator.</source>
        <translation>O operador %1 está desativado; fale com um administrador.</translation>
    </message>
    <message>
        <source>Wrong operator number or PIN.</source>
        <translation>Número de operador ou PIN errado.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN errado.</translation>
    </message>
    <message>
        <source>Wrong PIN. 1 try left before a %1-second lock.</source>
        <translation>PIN errado. Resta 1 tentativa antes de um bloqueio de %1 segundos.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 tries left before a %2-second lock.</source>
        <translation>PIN errado. Restam %1 tentativas antes de um bloqueio de %2 segundos.</translation>
    </message>
    <message>
        <source>This badge is not known; sign in with your number and PIN.</source>
        <translation>Este crachá não é reconhecido; entre com seu número e PIN.</translation>
    </message>
    <message>
        <source>Say why %1 is allowed.</source>
        <translation>Informe por que %1 é permitido.</translation>
    </message>
    <message>
        <source>Operator %1 may not authorise %2.</source>
        <translation>O operador %1 não pode autorizar %2.</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Operador de caixa</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>checkstand::OrderPanel</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>C&amp;oupon</source>
        <translation>Cup&amp;om</translation>
    </message>
    <message>
        <source>e.g. Store, Instagram, WhatsApp</source>
        <translation>ex.: Loja, Instagram, WhatsApp</translation>
    </message>
    <message>
        <source>Sales channe&amp;l</source>
        <translation>Cana&amp;l de vendas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Percentual</translation>
    </message>
    <message>
        <source>&amp;Discount</source>
        <translation>&amp;Desconto</translation>
    </message>
    <message>
        <source>&amp;Freight</source>
        <translation>&amp;Frete</translation>
    </message>
    <message>
        <source>&amp;Customer and order</source>
        <translation>&amp;Cliente e pedido</translation>
    </message>
    <message>
        <source>Show or hide the customer and order fields</source>
        <translation>Mostrar ou ocultar os campos de cliente e pedido</translation>
    </message>
    <message>
        <source>Discount: %1</source>
        <translation>Desconto: %1</translation>
    </message>
    <message>
        <source>Freight: %1</source>
        <translation>Frete: %1</translation>
    </message>
</context>
<context>
    <name>checkstand::OutboxModel</name>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Retrying after an error</source>
        <translation>Tentando de novo após um erro</translation>
    </message>
    <message>
        <source>Rejected by Elevate</source>
        <translation>Rejeitada pelo Elevate</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation>menos de 1 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>in %1 (%2)</source>
        <translation>em %1 (%2)</translation>
    </message>
    <message>
        <source>Not sent again</source>
        <translation>Não será reenviada</translation>
    </message>
    <message>
        <source>Discarded by an operator: %1</source>
        <translation>Descartada por um operador: %1</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nada a fazer.</translation>
    </message>
    <message>
        <source>Nothing to do: an operator gave it up.</source>
        <translation>Nada a fazer: um operador desistiu dela.</translation>
    </message>
    <message>
        <source>Check the Elevate API key in Settings, then press Resume.</source>
        <translation>Verifique a chave de API do Elevate em Configurações e depois clique em Retomar os envios.</translation>
    </message>
    <message>
        <source>Check the Elevate API key in Settings; it is tried again by itself.</source>
        <translation>Verifique a chave de API do Elevate em Configurações; o envio é tentado de novo automaticamente.</translation>
    </message>
    <message>
        <source>Nothing to do: it is sent by itself.</source>
        <translation>Nada a fazer: ela é enviada automaticamente.</translation>
    </message>
    <message>
        <source>Wait: it is sent again by itself once Elevate can be reached. Check the network if this lasts.</source>
        <translation>Aguarde: ela é reenviada automaticamente assim que o Elevate estiver acessível. Verifique a rede se isso persistir.</translation>
    </message>
    <message>
        <source>Wait: Elevate is busy or failing; it is tried again by itself.</source>
        <translation>Aguarde: o Elevate está ocupado ou com falhas; o envio é tentado de novo automaticamente.</translation>
    </message>
    <message>
        <source>Call Voyado support with sale %1 and the message in Last error; do not send it again unless they say so.</source>
        <translation>Ligue para o suporte da Voyado informando a venda %1 e a mensagem em Último erro; não a reenvie, a menos que eles peçam.</translation>
    </message>
    <message>
        <source>Sale %1
Elevate session key %2</source>
        <translation>Venda %1
Chave de sessão do Elevate %2</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Entregue em %1</translation>
    </message>
    <message>
        <source>Elevate has already counted the lines it accepted; sending this notification again would count them twice.</source>
        <translation>O Elevate já contabilizou as linhas que aceitou; reenviar esta notificação as contaria duas vezes.</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>Paga em %1</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venda</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Tempo na fila</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último erro</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Próxima tentativa</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
</context>
<context>
    <name>checkstand::OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation>Fila de envio</translation>
    </message>
    <message>
        <source>Payment notifications to Voyado Elevate, newest first. Each paid sale is reported once; a notification only leaves the queue when Elevate has it, when Elevate rejects it, or when an operator discards it with a reason.</source>
        <translation>Notificações de pagamento para o Voyado Elevate, das mais recentes para as mais antigas. Cada venda paga é informada uma vez; uma notificação só sai da fila quando o Elevate a recebe, quando o Elevate a rejeita ou quando um operador a descarta com um motivo.</translation>
    </message>
    <message>
        <source>Payment notifications</source>
        <translation>Notificações de pagamento</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Reenviar agora</translation>
    </message>
    <message>
        <source>Send the selected notification as soon as possible</source>
        <translation>Enviar a notificação selecionada o quanto antes</translation>
    </message>
    <message>
        <source>&amp;View body</source>
        <translation>&amp;Ver conteúdo</translation>
    </message>
    <message>
        <source>Show what is sent to Elevate for the selected sale</source>
        <translation>Mostrar o que é enviado ao Elevate para a venda selecionada</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Never send the selected notification (asks for a reason)</source>
        <translation>Nunca enviar a notificação selecionada (pede um motivo)</translation>
    </message>
    <message>
        <source>Delivery to Voyado Elevate is paused</source>
        <translation>O envio ao Voyado Elevate está pausado</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>Retomar o&amp;s envios</translation>
    </message>
    <message>
        <source>Try again now, e.g. once Elevate&apos;s credentials are fixed. Changing the Elevate API key in Settings resumes by itself.</source>
        <translation>Tentar de novo agora, por exemplo depois de corrigir as credenciais do Elevate. Alterar a chave de API do Elevate em Configurações retoma os envios automaticamente.</translation>
    </message>
    <message>
        <source>Delivery resumed.</source>
        <translation>Envios retomados.</translation>
    </message>
    <message>
        <source>Sale %1: %2.</source>
        <translation>Venda %1: %2.</translation>
    </message>
    <message>
        <source>Send a rejected notification again?</source>
        <translation>Reenviar uma notificação rejeitada?</translation>
    </message>
    <message>
        <source>Elevate rejected the notification for sale %1, but it has already counted the lines it could accept. Sending it again counts those lines twice.

Send it again only if the problem was fixed on Elevate&apos;s side and none of its lines was accepted.</source>
        <translation>O Elevate rejeitou a notificação da venda %1, mas já contabilizou as linhas que pôde aceitar. Reenviá-la contará essas linhas duas vezes.

Reenvie somente se o problema foi corrigido do lado do Elevate e nenhuma das linhas foi aceita.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>The notification for sale %1 is no longer waiting; nothing was changed.</source>
        <translation>A notificação da venda %1 não está mais aguardando; nada foi alterado.</translation>
    </message>
    <message>
        <source>Sale %1 is queued; it is sent once delivery is resumed.</source>
        <translation>A venda %1 está na fila; ela será enviada quando os envios forem retomados.</translation>
    </message>
    <message>
        <source>Sale %1 is queued to be sent now.</source>
        <translation>A venda %1 está na fila para ser enviada agora.</translation>
    </message>
    <message>
        <source>The notification for sale %1 was kept: discarding needs an administrator.</source>
        <translation>A notificação da venda %1 foi mantida: o descarte exige um administrador.</translation>
    </message>
    <message>
        <source>The notification for sale %1 was discarded.</source>
        <translation>A notificação da venda %1 foi descartada.</translation>
    </message>
    <message>
        <source>Authorised by %1.</source>
        <translation>Autorizado por %1.</translation>
    </message>
    <message>
        <source>The notification for sale %1 was not discarded: it is no longer waiting (it may just have been delivered).</source>
        <translation>A notificação da venda %1 não foi descartada: ela não está mais aguardando (pode ter acabado de ser entregue).</translation>
    </message>
</context>
<context>
    <name>checkstand::OutboxStatus</name>
    <message>
        <source>Outbox status</source>
        <translation>Status da fila de envio</translation>
    </message>
    <message>
        <source>credentials rejected</source>
        <translation>credenciais rejeitadas</translation>
    </message>
    <message>
        <source>see the Outbox page</source>
        <translation>veja a página Fila de envio</translation>
    </message>
    <message>
        <source>Outbox: delivery stopped — %1</source>
        <translation>Fila de envio: envios interrompidos — %1</translation>
    </message>
    <message>
        <source>Payment notifications to Voyado Elevate are kept and sent once the database works again. Click to open the Outbox page.</source>
        <translation>As notificações de pagamento para o Voyado Elevate são guardadas e enviadas quando o banco de dados voltar a funcionar. Clique para abrir a página Fila de envio.</translation>
    </message>
    <message>
        <source>Outbox: %1 queued · %2 retrying · %3 rejected · %4 delivered today</source>
        <translation>Fila de envio: %1 na fila · %2 em nova tentativa · %3 rejeitadas · %4 entregues hoje</translation>
    </message>
    <message>
        <source>Payment notifications to Voyado Elevate. Click to open the Outbox page.</source>
        <translation>Notificações de pagamento para o Voyado Elevate. Clique para abrir a página Fila de envio.</translation>
    </message>
    <message>
        <source> · Elevate paused: %1</source>
        <translation> · Elevate em pausa: %1</translation>
    </message>
</context>
<context>
    <name>checkstand::OverrideDialog</name>
    <message>
        <source>Supervisor override</source>
        <translation>Autorização do supervisor</translation>
    </message>
    <message>
        <source>Confirm with your PIN: %1.</source>
        <translation>Confirme com seu PIN: %1.</translation>
    </message>
    <message>
        <source>This needs a supervisor: %1.</source>
        <translation>Isto exige um supervisor: %1.</translation>
    </message>
    <message>
        <source>Required: why is it allowed?</source>
        <translation>Obrigatório: por que isto é permitido?</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Supervisor &amp;number</source>
        <translation>&amp;Número do supervisor</translation>
    </message>
    <message>
        <source>Supervisor&apos;s operator number</source>
        <translation>Número de operador do supervisor</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Supervisor&apos;s PIN</source>
        <translation>PIN do supervisor</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Motivo da autorização</translation>
    </message>
    <message>
        <source>&amp;Authorise</source>
        <translation>&amp;Autorizar</translation>
    </message>
    <message>
        <source>Type the supervisor&apos;s operator number.</source>
        <translation>Digite o número de operador do supervisor.</translation>
    </message>
    <message>
        <source>Type the supervisor&apos;s PIN.</source>
        <translation>Digite o PIN do supervisor.</translation>
    </message>
    <message>
        <source>Say why %1 is allowed.</source>
        <translation>Informe por que %1 é permitido.</translation>
    </message>
    <message>
        <source>Not authorised.</source>
        <translation>Não autorizado.</translation>
    </message>
</context>
<context>
    <name>checkstand::Payment</name>
    <message>
        <source>Enter the card terminal&apos;s approval reference (4 to 32 letters, digits or dashes), as printed on the terminal&apos;s slip.</source>
        <translation>Digite o código de autorização da maquininha (de 4 a 32 letras, dígitos ou hifens), como impresso no comprovante da maquininha.</translation>
    </message>
    <message>
        <source>That looks like a card number. Never type the card number here: enter the terminal&apos;s approval reference.</source>
        <translation>Isso parece um número de cartão. Nunca digite o número do cartão aqui: digite o código de autorização da maquininha.</translation>
    </message>
    <message>
        <source>No payment was taken.</source>
        <translation>Nenhum pagamento foi recebido.</translation>
    </message>
    <message>
        <source>A payment is in another currency than the sale.</source>
        <translation>Um pagamento está em uma moeda diferente da venda.</translation>
    </message>
    <message>
        <source>Every payment must be more than zero.</source>
        <translation>Todo pagamento deve ser maior que zero.</translation>
    </message>
    <message>
        <source>The cash handed over is less than the amount it pays.</source>
        <translation>O dinheiro entregue é menor que o valor que ele paga.</translation>
    </message>
    <message>
        <source>Only cash can be handed over in excess (change is given in cash).</source>
        <translation>Somente dinheiro pode ser entregue a mais (o troco é dado em dinheiro).</translation>
    </message>
    <message>
        <source>The payments are too large to add up.</source>
        <translation>Os pagamentos são grandes demais para serem somados.</translation>
    </message>
    <message>
        <source>The payments add up to %1, but the sale is %2.</source>
        <translation>Os pagamentos somam %1, mas a venda é de %2.</translation>
    </message>
</context>
<context>
    <name>checkstand::Permission</name>
    <message>
        <source>Authorised by %1.</source>
        <translation>Autorizado por %1.</translation>
    </message>
    <message>
        <source>It was not written to the audit journal: %1</source>
        <translation>Isso não foi gravado no diário de auditoria: %1</translation>
    </message>
</context>
<context>
    <name>checkstand::ProductCompletionModel</name>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>%1, barcode %2</source>
        <translation>%1, código de barras %2</translation>
    </message>
</context>
<context>
    <name>checkstand::QuoteDocument</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Downgrade to %1</source>
        <translation>Rebaixar para %1</translation>
    </message>
    <message>
        <source>Purchase %1</source>
        <translation>Comprar %1</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Cartão de crédito</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Cartão-presente</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Dinheiro</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Cancel membership %1</source>
        <translation>Cancelar a associação %1</translation>
    </message>
    <message>
        <source>Downgrade membership %1 to %2</source>
        <translation>Rebaixar a associação %1 para %2</translation>
    </message>
    <message>
        <source>Purchase a %1 membership</source>
        <translation>Comprar uma associação %1</translation>
    </message>
    <message>
        <source>Purchase membership %1 (%2)</source>
        <translation>Comprar a associação %1 (%2)</translation>
    </message>
    <message>
        <source>Membership refund quote</source>
        <translation>Cotação de reembolso da associação</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referência:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Associado:</translation>
    </message>
    <message>
        <source>Payment id:</source>
        <translation>ID do pagamento:</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operações</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Associação</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operação</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nova)</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Valor líquido</translation>
    </message>
    <message>
        <source>Payment amount</source>
        <translation>Valor do pagamento</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>Valor do reembolso</translation>
    </message>
    <message>
        <source>Refunded to</source>
        <translation>Reembolsado para</translation>
    </message>
    <message>
        <source>Nothing is refunded.</source>
        <translation>Nada é reembolsado.</translation>
    </message>
    <message>
        <source>Warning: the refund details do not add up to the refund amount. Check with ACME before telling the member.</source>
        <translation>Atenção: os detalhes do reembolso não somam o valor do reembolso. Confirme com a ACME antes de informar o associado.</translation>
    </message>
    <message>
        <source>This is a quote, not a refund: nothing has been charged or refunded yet. The amounts are ACME&apos;s on %1; a quote asked for on another day may differ.</source>
        <translation>Isto é uma cotação, não um reembolso: nada foi cobrado nem reembolsado ainda. Os valores são os da ACME em %1; uma cotação pedida em outro dia pode ser diferente.</translation>
    </message>
    <message>
        <source>Quote reference %1 — give it when asking about this quote.</source>
        <translation>Referência da cotação %1 — informe-a ao perguntar sobre esta cotação.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>Não foi possível gravar o PDF em %1: %2</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Não foi possível gravar o PDF em %1.</translation>
    </message>
</context>
<context>
    <name>checkstand::QuoteRefund</name>
    <message>
        <source>The request id must be a UUID such as the one an earlier quote printed.</source>
        <translation>O ID de solicitação deve ser um UUID, como o impresso por uma cotação anterior.</translation>
    </message>
</context>
<context>
    <name>checkstand::QuoteView</name>
    <message>
        <source>Net amount</source>
        <translation>Valor líquido</translation>
    </message>
    <message>
        <source>Payment amount</source>
        <translation>Valor do pagamento</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>Valor do reembolso</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Forma de pagamento</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <source>Warning: the refund details do not add up to the refund amount. Check with ACME before telling the member.</source>
        <translation>Atenção: os detalhes do reembolso não somam o valor do reembolso. Confirme com a ACME antes de informar o associado.</translation>
    </message>
</context>
<context>
    <name>checkstand::RecallDialog</name>
    <message>
        <source>Sale</source>
        <translation>Venda</translation>
    </message>
    <message>
        <source>Parked at</source>
        <translation>Suspensa em</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Recall a parked sale</source>
        <translation>Retomar uma venda suspensa</translation>
    </message>
    <message>
        <source>%1 before tax</source>
        <translation>%1 antes dos impostos</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation>(sem cliente)</translation>
    </message>
    <message>
        <source>&amp;Recall</source>
        <translation>&amp;Retomar</translation>
    </message>
</context>
<context>
    <name>checkstand::Receipt</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>deposit %1</source>
        <translation>depósito %1</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imposto</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Dinheiro</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Troco</translation>
    </message>
    <message>
        <source>not computable</source>
        <translation>não calculável</translation>
    </message>
    <message>
        <source>The change could not be computed: count it by hand.</source>
        <translation>Não foi possível calcular o troco: conte-o manualmente.</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>Dinheiro recebido</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <source>Card (approval %1)</source>
        <translation>Cartão (autorização %1)</translation>
    </message>
    <message>
        <source>ChargeAfter financing</source>
        <translation>Financiamento ChargeAfter</translation>
    </message>
    <message>
        <source>ChargeAfter financing (ref %1)</source>
        <translation>Financiamento ChargeAfter (ref. %1)</translation>
    </message>
    <message>
        <source>ChargeAfter tracking id %1</source>
        <translation>ID de rastreamento ChargeAfter %1</translation>
    </message>
    <message>
        <source>Sales receipt</source>
        <translation>Recibo de venda</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>Frete</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Depósitos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Prices as shown at the till; tax not itemised.</source>
        <translation>Preços conforme exibidos no caixa; impostos não discriminados.</translation>
    </message>
    <message>
        <source>Return receipt</source>
        <translation>Recibo de devolução</translation>
    </message>
    <message>
        <source>%1 returned</source>
        <translation>%1 devolvido(s)</translation>
    </message>
    <message>
        <source>Total refunded</source>
        <translation>Total reembolsado</translation>
    </message>
    <message>
        <source>Cash paid out</source>
        <translation>Dinheiro pago</translation>
    </message>
    <message>
        <source>Pay %1 out of the drawer to the customer.</source>
        <translation>Pague %1 da gaveta ao cliente.</translation>
    </message>
    <message>
        <source>Card refund</source>
        <translation>Estorno no cartão</translation>
    </message>
    <message>
        <source>Card refund (approval %1)</source>
        <translation>Estorno no cartão (autorização %1)</translation>
    </message>
    <message>
        <source>Refund %1 on the store&apos;s card terminal.</source>
        <translation>Estorne %1 na maquininha de cartão da loja.</translation>
    </message>
    <message>
        <source>Refund %1 on the store&apos;s card terminal against approval %2.</source>
        <translation>Estorne %1 na maquininha de cartão da loja referente à autorização %2.</translation>
    </message>
    <message>
        <source>ChargeAfter: cancel financing</source>
        <translation>ChargeAfter: cancelar financiamento</translation>
    </message>
    <message>
        <source>Cancel the financing of %1 at ChargeAfter; no money is paid out at the till.</source>
        <translation>Cancele o financiamento de %1 na ChargeAfter; nenhum dinheiro é pago no caixa.</translation>
    </message>
    <message>
        <source>Cancel the financing of %1 at ChargeAfter (ref %2); no money is paid out at the till.</source>
        <translation>Cancele o financiamento de %1 na ChargeAfter (ref. %2); nenhum dinheiro é pago no caixa.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>*** TRAINING — NOT A SALE ***</source>
        <translation>*** TREINAMENTO — NÃO É UMA VENDA ***</translation>
    </message>
    <message>
        <source>REPRINT</source>
        <translation>REIMPRESSÃO</translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation>Loja %1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Nº %1</translation>
    </message>
    <message>
        <source>Return of sale %1</source>
        <translation>Devolução da venda %1</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Operador: %1</translation>
    </message>
</context>
<context>
    <name>checkstand::ReportDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Salvar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Report not printed</source>
        <translation>Relatório não impresso</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>%1 was not printed: %2</source>
        <translation>%1 não foi impresso: %2</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Relatório não salvo</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Salvar %1 como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 não foi salvo: %2</translation>
    </message>
</context>
<context>
    <name>checkstand::ReportDocument</name>
    <message>
        <source>Cash</source>
        <translation>Dinheiro</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cartão</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Financiamento</translation>
    </message>
    <message>
        <source>Z report No. %1</source>
        <translation>Relatório Z nº %1</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>relatório X</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <source>Made by %1</source>
        <translation>Gerado por %1</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ninguém)</translation>
    </message>
    <message>
        <source>Shift %1 opened %2 by %3</source>
        <translation>Turno %1 aberto em %2 por %3</translation>
    </message>
    <message>
        <source>No shift is open</source>
        <translation>Nenhum turno aberto</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <source>Gross (before discounts)</source>
        <translation>Bruto (antes dos descontos)</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descontos</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Vendas líquidas</translation>
    </message>
    <message>
        <source>Returns and voids</source>
        <translation>Devoluções e cancelamentos</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluções</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Voided sales</source>
        <translation>Vendas canceladas</translation>
    </message>
    <message>
        <source>Taxes (as sold)</source>
        <translation>Impostos (conforme vendido)</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imposto</translation>
    </message>
    <message>
        <source>No tax</source>
        <translation>Sem imposto</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Depósitos</translation>
    </message>
    <message>
        <source>Tenders (sales less refunds)</source>
        <translation>Formas de pagamento (vendas menos reembolsos)</translation>
    </message>
    <message>
        <source>  sales</source>
        <translation>  vendas</translation>
    </message>
    <message>
        <source>  refunds</source>
        <translation>  reembolsos</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operadores</translation>
    </message>
    <message>
        <source>%1 (%2 sales)</source>
        <translation>%1 (%2 vendas)</translation>
    </message>
    <message>
        <source>(no operator)</source>
        <translation>(sem operador)</translation>
    </message>
    <message>
        <source>No sales</source>
        <translation>Nenhuma venda</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Gaveta de dinheiro</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Fundo de troco</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Vendas em dinheiro</translation>
    </message>
    <message>
        <source>Cash refunds</source>
        <translation>Reembolsos em dinheiro</translation>
    </message>
    <message>
        <source>Pay-ins (%1)</source>
        <translation>Suprimentos (%1)</translation>
    </message>
    <message>
        <source>Pay-outs (%1)</source>
        <translation>Sangrias (%1)</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Dinheiro esperado</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Dinheiro contado</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Over/short</source>
        <translation>Sobra/falta</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Sobra</translation>
    </message>
    <message>
        <source>Pay-ins and pay-outs</source>
        <translation>Suprimentos e sangrias</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <translation>%1 %2: %3 (%4)</translation>
    </message>
    <message>
        <source>pay-in</source>
        <translation>suprimento</translation>
    </message>
    <message>
        <source>pay-out</source>
        <translation>sangria</translation>
    </message>
    <message>
        <source>The day is closed: these figures cannot change.</source>
        <translation>O dia está fechado: estes valores não podem mudar.</translation>
    </message>
    <message>
        <source>Audit journal head: %1</source>
        <translation>Último hash do diário de auditoria: %1</translation>
    </message>
    <message>
        <source>Reprinted from the figures stored when the report was made.</source>
        <translation>Reimpresso a partir dos valores armazenados quando o relatório foi gerado.</translation>
    </message>
    <message>
        <source>X report: nothing is closed; the figures run on until the next Z report.</source>
        <translation>Relatório X: nada é fechado; os valores continuam acumulando até o próximo relatório Z.</translation>
    </message>
    <message>
        <source>*** TRAINING — NOT A REAL DAY ***</source>
        <translation>*** TREINAMENTO — NÃO É UM DIA REAL ***</translation>
    </message>
    <message>
        <source>REPRINT</source>
        <translation>REIMPRESSÃO</translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation>Loja %1</translation>
    </message>
</context>
<context>
    <name>checkstand::ReturnDialog</name>
    <message>
        <source>Return from sale %1</source>
        <translation>Devolução da venda %1</translation>
    </message>
    <message>
        <source>Sale %1 of %2: %3.</source>
        <translation>Venda %1 de %2: %3.</translation>
    </message>
    <message>
        <source>Refunded so far: %1.</source>
        <translation>Reembolsado até agora: %1.</translation>
    </message>
    <message>
        <source>Reason for the return</source>
        <translation>Motivo da devolução</translation>
    </message>
    <message>
        <source>What the customer said, e.g. &quot;wrong size&quot;</source>
        <translation>O que o cliente disse, ex.: &quot;tamanho errado&quot;</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Record return (F10)</source>
        <translation>Registrar devolução (F10)</translation>
    </message>
    <message>
        <source>Lines of the sale</source>
        <translation>Linhas da venda</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendidos</translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation>Já devolvidos</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Quantity of %1 to return</source>
        <translation>Quantidade de %1 a devolver</translation>
    </message>
    <message>
        <source>Everything of this line was returned already.</source>
        <translation>Tudo desta linha já foi devolvido.</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>Reembolso: %1</translation>
    </message>
    <message>
        <source>Choose how many of each item the customer brings back.</source>
        <translation>Escolha quantas unidades de cada item o cliente está devolvendo.</translation>
    </message>
    <message>
        <source>Refund: —</source>
        <translation>Reembolso: —</translation>
    </message>
    <message>
        <source>Nothing to return: choose how many of an item the customer brings back.</source>
        <translation>Nada a devolver: escolha quantas unidades de um item o cliente está devolvendo.</translation>
    </message>
    <message>
        <source>Type the reason for the return (what the customer said).</source>
        <translation>Digite o motivo da devolução (o que o cliente disse).</translation>
    </message>
    <message>
        <source>The return could not be recorded.</source>
        <translation>Não foi possível registrar a devolução.</translation>
    </message>
    <message>
        <source>Return %1 recorded.</source>
        <translation>Devolução %1 registrada.</translation>
    </message>
    <message>
        <source>A scan does not change a return: %1 was not taken. Choose the quantities with the keyboard.</source>
        <translation>Uma leitura não altera uma devolução: %1 foi ignorado. Escolha as quantidades pelo teclado.</translation>
    </message>
</context>
<context>
    <name>checkstand::Returns</name>
    <message>
        <source>No sale “%1” in this terminal&apos;s journal.</source>
        <translation>Nenhuma venda “%1” no diário deste terminal.</translation>
    </message>
    <message>
        <source>The earlier refunds of this sale are too large to add up.</source>
        <translation>Os reembolsos anteriores desta venda são grandes demais para serem somados.</translation>
    </message>
    <message>
        <source>The sale&apos;s figures cannot be read for a return.</source>
        <translation>Não é possível ler os valores da venda para uma devolução.</translation>
    </message>
    <message>
        <source>Choose at least one line to return.</source>
        <translation>Escolha pelo menos uma linha para devolver.</translation>
    </message>
    <message>
        <source>Say why the customer returns it.</source>
        <translation>Informe por que o cliente está devolvendo.</translation>
    </message>
    <message>
        <source>“%1” is not a line of sale %2.</source>
        <translation>“%1” não é uma linha da venda %2.</translation>
    </message>
    <message>
        <source>Choose how many of “%1” to return (1 to %2).</source>
        <translation>Escolha quantas unidades de “%1” devolver (de 1 a %2).</translation>
    </message>
    <message>
        <source>All of “%1” has been returned already.</source>
        <translation>Todas as unidades de “%1” já foram devolvidas.</translation>
    </message>
    <message>
        <source>Only %1 of “%2” can still be returned.</source>
        <translation>Só é possível devolver mais %1 de “%2”.</translation>
    </message>
    <message>
        <source>The refund is too large to add up.</source>
        <translation>O reembolso é grande demais para ser somado.</translation>
    </message>
    <message>
        <source>The refund of %1 is more than is left to give back on this sale&apos;s payments.</source>
        <translation>O reembolso de %1 é maior que o saldo ainda reembolsável dos pagamentos desta venda.</translation>
    </message>
    <message>
        <source>No return number could be taken: %1</source>
        <translation>Não foi possível obter um número de devolução: %1</translation>
    </message>
    <message>
        <source>Pay out %1 in cash.</source>
        <translation>Devolva %1 em dinheiro.</translation>
    </message>
    <message>
        <source>Refund %1 on the card terminal against approval %2.</source>
        <translation>Estorne %1 na maquininha de cartão referente à autorização %2.</translation>
    </message>
    <message>
        <source>Cancel %1 of financing at ChargeAfter (link %2).</source>
        <translation>Cancele %1 do financiamento na ChargeAfter (link %2).</translation>
    </message>
</context>
<context>
    <name>checkstand::Runtime</name>
    <message>
        <source>Could not open the local database in %1: %2</source>
        <translation>Não foi possível abrir o banco de dados local em %1: %2</translation>
    </message>
    <message>
        <source>Could not open the product catalog in %1: %2</source>
        <translation>Não foi possível abrir o catálogo de produtos em %1: %2</translation>
    </message>
    <message>
        <source>Could not open the sales database in %1: %2</source>
        <translation>Não foi possível abrir o banco de dados de vendas em %1: %2</translation>
    </message>
    <message>
        <source>Could not open the operators and audit journal (staff.db) in %1: %2</source>
        <translation>Não foi possível abrir o banco de operadores e o diário de auditoria (staff.db) em %1: %2</translation>
    </message>
    <message>
        <source>Could not add the demo operators to %1: %2</source>
        <translation>Não foi possível adicionar os operadores de demonstração a %1: %2</translation>
    </message>
    <message>
        <source>see the log</source>
        <translation>veja o log</translation>
    </message>
    <message>
        <source>The store&apos;s CA file %1 does not exist.</source>
        <translation>O arquivo de CA da loja %1 não existe.</translation>
    </message>
    <message>
        <source>The store&apos;s CA file %1 cannot be read (permissions).</source>
        <translation>O arquivo de CA da loja %1 não pode ser lido (permissões).</translation>
    </message>
    <message>
        <source>The store&apos;s CA file %1 holds no PEM certificate.</source>
        <translation>O arquivo de CA da loja %1 não contém nenhum certificado PEM.</translation>
    </message>
    <message>
        <source>Only the system&apos;s CAs are trusted; fix the file or the setting network/caCertificatesFile.</source>
        <translation>Somente as CAs do sistema são confiáveis; corrija o arquivo ou a configuração network/caCertificatesFile.</translation>
    </message>
    <message>
        <source>TRAINING / SANDBOX (nothing is sent to real services)</source>
        <translation>TREINAMENTO / SANDBOX (nada é enviado aos serviços reais)</translation>
    </message>
    <message>
        <source>Live: %1 (%2)</source>
        <translation>Produção: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>checkstand::SaleBottomBar</name>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Desfazer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Desfazer a última alteração</translation>
    </message>
    <message>
        <source>Park (F6)</source>
        <translation>Suspender (F6)</translation>
    </message>
    <message>
        <source>Put this sale aside and start a new one</source>
        <translation>Deixar esta venda de lado e iniciar uma nova</translation>
    </message>
    <message>
        <source>Recall… (F7)</source>
        <translation>Retomar… (F7)</translation>
    </message>
    <message>
        <source>Bring back a parked sale</source>
        <translation>Trazer de volta uma venda suspensa</translation>
    </message>
    <message>
        <source>New sale (Ctrl+N)</source>
        <translation>Nova venda (Ctrl+N)</translation>
    </message>
    <message>
        <source>Start a new sale; a sale with items is parked first</source>
        <translation>Iniciar uma nova venda; uma venda com itens é suspensa antes</translation>
    </message>
    <message>
        <source>&amp;Void sale…</source>
        <translation>Cancelar &amp;venda…</translation>
    </message>
    <message>
        <source>Give up this sale, with a reason (Ctrl+Shift+V)</source>
        <translation>Cancelar esta venda, com um motivo (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Print receip&amp;t (F8)</source>
        <translation>Imprimir &amp;recibo (F8)</translation>
    </message>
    <message>
        <source>Print the receipt of the last sale completed</source>
        <translation>Imprimir o recibo da última venda concluída</translation>
    </message>
    <message>
        <source>&amp;Awaiting financing (0)</source>
        <translation>&amp;Aguardando financiamento (0)</translation>
    </message>
    <message>
        <source>Sales waiting for ChargeAfter&apos;s answer: record the approval or the decline (F9)</source>
        <translation>Vendas aguardando a resposta da ChargeAfter: registre a aprovação ou a recusa (F9)</translation>
    </message>
    <message>
        <source>Finish sale (F12)</source>
        <translation>Concluir venda (F12)</translation>
    </message>
    <message>
        <source>Check the order and take payment</source>
        <translation>Verificar o pedido e receber o pagamento</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Refazer checa&amp;gem</translation>
    </message>
    <message>
        <source>Send this sale to the order checker again</source>
        <translation>Enviar esta venda ao verificador de pedidos de novo</translation>
    </message>
    <message>
        <source>Allow once (supervisor)…</source>
        <translation>Permitir uma vez (supervisor)…</translation>
    </message>
    <message>
        <source>A supervisor lets this sale finish once, with a reason</source>
        <translation>Um supervisor permite concluir esta venda uma vez, com um motivo</translation>
    </message>
    <message>
        <source>&amp;Awaiting financing (?)</source>
        <translation>&amp;Aguardando financiamento (?)</translation>
    </message>
    <message>
        <source>&amp;Awaiting financing (%1)</source>
        <translation>&amp;Aguardando financiamento (%1)</translation>
    </message>
</context>
<context>
    <name>checkstand::SaleBreakdown</name>
    <message>
        <source>Tax</source>
        <translation>Imposto</translation>
    </message>
    <message>
        <source>a sale breakdown needs its lines and taxes as lists</source>
        <translation>o detalhamento de uma venda precisa das linhas e dos impostos como listas</translation>
    </message>
    <message>
        <source>quantity: must be a whole number of at least 1</source>
        <translation>quantity: deve ser um número inteiro igual ou maior que 1</translation>
    </message>
    <message>
        <source>%1 cannot be negative (%2)</source>
        <translation>%1 não pode ser negativo (%2)</translation>
    </message>
    <message>
        <source>%1: amount %2 + tax %3 + deposit %4 is not its payable %5</source>
        <translation>%1: valor %2 + imposto %3 + depósito %4 não é igual ao valor a pagar %5</translation>
    </message>
    <message>
        <source>a tax</source>
        <translation>um imposto</translation>
    </message>
    <message>
        <source>the figures are too large to add up, or in more than one currency</source>
        <translation>os valores são grandes demais para serem somados ou estão em mais de uma moeda</translation>
    </message>
    <message>
        <source>the lines add up to %1, not the subtotal %2</source>
        <translation>as linhas somam %1, e não o subtotal %2</translation>
    </message>
    <message>
        <source>the taxes add up to %1, not the tax %2</source>
        <translation>os impostos somam %1, e não o imposto %2</translation>
    </message>
    <message>
        <source>the lines&apos; payable amounts add up to %1, not subtotal + tax + deposits</source>
        <translation>os valores a pagar das linhas somam %1, e não subtotal + imposto + depósitos</translation>
    </message>
    <message>
        <source>the total %1 is not the items less the discount plus freight</source>
        <translation>o total %1 não é igual aos itens menos o desconto mais o frete</translation>
    </message>
</context>
<context>
    <name>checkstand::SaleFinancing</name>
    <message>
        <source>Send another financing link?</source>
        <translation>Enviar outro link de financiamento?</translation>
    </message>
    <message>
        <source>A ChargeAfter link was already sent for this sale (%1). Send another?</source>
        <translation>Um link da ChargeAfter já foi enviado para esta venda (%1). Enviar outro?</translation>
    </message>
    <message>
        <source>The customer then has two applications at ChargeAfter; the earlier one was declined or given up.</source>
        <translation>O cliente passa a ter duas solicitações na ChargeAfter; a anterior foi recusada ou abandonada.</translation>
    </message>
    <message>
        <source>Send another link</source>
        <translation>Enviar outro link</translation>
    </message>
    <message>
        <source>No second link sent; the sale is still open. Press F12 to take another payment.</source>
        <translation>Nenhum segundo link foi enviado; a venda continua aberta. Pressione F12 para receber outro pagamento.</translation>
    </message>
    <message>
        <source>Sale %1 cannot go to financing: %2</source>
        <translation>A venda %1 não pode ir para financiamento: %2</translation>
    </message>
    <message>
        <source>Sale %1 goes to ChargeAfter financing: send its link on the Financing page.</source>
        <translation>A venda %1 vai para financiamento pela ChargeAfter: envie o link na página Financiamento.</translation>
    </message>
    <message>
        <source>The ChargeAfter link %1 was sent, but sale %2 could not be put aside to wait for the approval: %3 Press F12 to finish it again.</source>
        <translation>O link da ChargeAfter %1 foi enviado, mas não foi possível deixar a venda %2 de lado aguardando a aprovação: %3 Pressione F12 para concluí-la de novo.</translation>
    </message>
    <message>
        <source>Sale %1 waits for ChargeAfter&apos;s approval (link %2). Record the answer with F9 when the customer is approved or declined.</source>
        <translation>A venda %1 aguarda a aprovação da ChargeAfter (link %2). Registre a resposta com F9 quando o cliente for aprovado ou recusado.</translation>
    </message>
    <message>
        <source>No sale waits for a financing answer.</source>
        <translation>Nenhuma venda aguarda resposta de financiamento.</translation>
    </message>
    <message>
        <source>The sales awaiting financing could not be read: %1</source>
        <translation>Não foi possível ler as vendas aguardando financiamento: %1</translation>
    </message>
    <message>
        <source>Sale %1 completed: financed by ChargeAfter (ref %2).</source>
        <translation>Venda %1 concluída: financiada pela ChargeAfter (ref. %2).</translation>
    </message>
    <message>
        <source>Sale %1 was declined by ChargeAfter; it is parked — recall it (F7) to take another payment.</source>
        <translation>A venda %1 foi recusada pela ChargeAfter; ela está suspensa — retome-a (F7) para receber outro pagamento.</translation>
    </message>
</context>
<context>
    <name>checkstand::SalePage</name>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nova venda</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>Im&amp;primir recibo</translation>
    </message>
    <message>
        <source>Awaiting financing</source>
        <translation>Aguardando financiamento</translation>
    </message>
    <message>
        <source>&amp;Void sale…</source>
        <translation>Cancelar &amp;venda…</translation>
    </message>
    <message>
        <source>&amp;Import catalog…</source>
        <translation>&amp;Importar catálogo…</translation>
    </message>
    <message>
        <source>Added %1, %2.</source>
        <translation>Adicionado: %1, %2.</translation>
    </message>
    <message>
        <source>Receipt of sale %1 scanned: its return opens.</source>
        <translation>Recibo da venda %1 lido: a devolução dela será aberta.</translation>
    </message>
    <message>
        <source>%1 products match &quot;%2&quot;: pick one with the arrow keys and Enter.</source>
        <translation>%1 produtos correspondem a &quot;%2&quot;: escolha um com as setas e Enter.</translation>
    </message>
    <message>
        <source>The sale is empty: scan an item.</source>
        <translation>A venda está vazia: leia um item.</translation>
    </message>
    <message>
        <source>Removed %1. Ctrl+Z brings it back.</source>
        <translation>Item removido: %1. Ctrl+Z o traz de volta.</translation>
    </message>
    <message>
        <source>The quantity cannot go above 9999.</source>
        <translation>A quantidade não pode passar de 9999.</translation>
    </message>
    <message>
        <source>The quantity is already 1; press Delete to remove the line.</source>
        <translation>A quantidade já é 1; pressione Delete para remover a linha.</translation>
    </message>
    <message>
        <source>Sale %1</source>
        <translation>Venda %1</translation>
    </message>
    <message>
        <source>Waiting for the ChargeAfter checkout link: send it on the Financing page; the sale then waits for ChargeAfter&apos;s approval (F9).</source>
        <translation>Aguardando o link de checkout da ChargeAfter: envie-o na página Financiamento; depois a venda aguarda a aprovação da ChargeAfter (F9).</translation>
    </message>
    <message>
        <source>Checking the order before finishing…</source>
        <translation>Verificando o pedido antes de concluir…</translation>
    </message>
    <message>
        <source>Ready to finish (F12).</source>
        <translation>Pronta para concluir (F12).</translation>
    </message>
    <message>
        <source>Ready to finish (F12). %1</source>
        <translation>Pronta para concluir (F12). %1</translation>
    </message>
    <message>
        <source>The sale cannot be finished yet (see below).</source>
        <translation>A venda ainda não pode ser concluída (veja abaixo).</translation>
    </message>
    <message>
        <source>The sale&apos;s total is too large to take payment for.</source>
        <translation>O total da venda é grande demais para receber o pagamento.</translation>
    </message>
    <message>
        <source>Payment cancelled; the sale is still open.</source>
        <translation>Pagamento cancelado; a venda continua aberta.</translation>
    </message>
    <message>
        <source>Sale %1 was not recorded: %2 Press F12 to take the payment again.</source>
        <translation>A venda %1 não foi registrada: %2 Pressione F12 para receber o pagamento de novo.</translation>
    </message>
    <message>
        <source>Authorised by %1.</source>
        <translation>Autorizado por %1.</translation>
    </message>
    <message>
        <source>a supervisor is being asked for this discount already.</source>
        <translation>a autorização de um supervisor já está sendo pedida para este desconto.</translation>
    </message>
    <message>
        <source>A discount of %1 on sale %2: more than %3 % of its items.</source>
        <translation>Desconto de %1 na venda %2: mais de %3 % dos itens.</translation>
    </message>
    <message>
        <source>more than %1 % of the items needs a supervisor; the discount was not given.</source>
        <translation>mais de %1 % dos itens exige um supervisor; o desconto não foi concedido.</translation>
    </message>
    <message>
        <source>Discount of %1 given.</source>
        <translation>Desconto de %1 concedido.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nada para desfazer.</translation>
    </message>
    <message>
        <source>Last change undone.</source>
        <translation>Última alteração desfeita.</translation>
    </message>
    <message>
        <source>Nothing to park: the sale is empty.</source>
        <translation>Nada para suspender: a venda está vazia.</translation>
    </message>
    <message>
        <source>Sale %1 parked. F7 brings it back.</source>
        <translation>Venda %1 suspensa. F7 a traz de volta.</translation>
    </message>
    <message>
        <source>Sale %1 could not be parked; it stays on screen.</source>
        <translation>Não foi possível suspender a venda %1; ela continua na tela.</translation>
    </message>
    <message>
        <source>No sale is parked.</source>
        <translation>Nenhuma venda está suspensa.</translation>
    </message>
    <message>
        <source>Sale %1 recalled.</source>
        <translation>Venda %1 retomada.</translation>
    </message>
    <message>
        <source>Sale %1 recalled; sale %2 was parked.</source>
        <translation>Venda %1 retomada; a venda %2 foi suspensa.</translation>
    </message>
    <message>
        <source>That sale could not be recalled.</source>
        <translation>Não foi possível retomar essa venda.</translation>
    </message>
    <message>
        <source>New sale started.</source>
        <translation>Nova venda iniciada.</translation>
    </message>
    <message>
        <source>The order is being checked; void the sale once that is over.</source>
        <translation>O pedido está sendo verificado; cancele a venda quando a verificação terminar.</translation>
    </message>
    <message>
        <source>Void sale %1.</source>
        <translation>Cancelamento da venda %1.</translation>
    </message>
    <message>
        <source>Sale %1 was not voided: a void needs a supervisor.</source>
        <translation>A venda %1 não foi cancelada: um cancelamento exige um supervisor.</translation>
    </message>
    <message>
        <source>The receipt of sale %1 was not printed: a reprint of another operator&apos;s sale needs a supervisor.</source>
        <translation>O recibo da venda %1 não foi impresso: a reimpressão da venda de outro operador exige um supervisor.</translation>
    </message>
    <message>
        <source>Sale %1: %2</source>
        <translation>Venda %1: %2</translation>
    </message>
    <message>
        <source>Sale %1 changed meanwhile: nothing was allowed.</source>
        <translation>A venda %1 mudou nesse meio-tempo: nada foi permitido.</translation>
    </message>
    <message>
        <source>Sale %1 still cannot be finished.</source>
        <translation>A venda %1 ainda não pode ser concluída.</translation>
    </message>
    <message>
        <source>Sale %1 may finish once.</source>
        <translation>A venda %1 pode ser concluída uma vez.</translation>
    </message>
    <message>
        <source>A catalog import needs an administrator; nothing was imported.</source>
        <translation>A importação de catálogo exige um administrador; nada foi importado.</translation>
    </message>
    <message>
        <source>Import catalog</source>
        <translation>Importar catálogo</translation>
    </message>
    <message>
        <source>Catalog files (*.csv *.json);;All files (*)</source>
        <translation>Arquivos de catálogo (*.csv *.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>Catalog import</source>
        <translation>Importação do catálogo</translation>
    </message>
    <message>
        <source>These rows were skipped:</source>
        <translation>Estas linhas foram ignoradas:</translation>
    </message>
</context>
<context>
    <name>checkstand::SaleReturn</name>
    <message>
        <source>format: expected &quot;%1&quot;</source>
        <translation>format: esperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a return needs its id (a UUID), its number and its sale</source>
        <translation>uma devolução precisa do ID (um UUID), do número e da venda</translation>
    </message>
    <message>
        <source>currency: must be an ISO 4217 code such as USD</source>
        <translation>currency: deve ser um código ISO 4217, como USD</translation>
    </message>
    <message>
        <source>total: %1</source>
        <translation>total: %1</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>não pode ser negativo</translation>
    </message>
    <message>
        <source>lines[%1]: needs a whole quantity and a refund of zero or more</source>
        <translation>lines[%1]: precisa de uma quantidade inteira e de um reembolso igual ou maior que zero</translation>
    </message>
    <message>
        <source>refunds: each needs a tender and an amount above zero</source>
        <translation>refunds: cada um precisa de uma forma de pagamento e de um valor maior que zero</translation>
    </message>
    <message>
        <source>lines: a return gives back at least one line</source>
        <translation>lines: uma devolução devolve pelo menos uma linha</translation>
    </message>
    <message>
        <source>the lines&apos; refunds and the refunds must both add up to the total %1</source>
        <translation>os reembolsos das linhas e os reembolsos devem somar, ambos, o total %1</translation>
    </message>
</context>
<context>
    <name>checkstand::SaleSession</name>
    <message>
        <source>Not available</source>
        <translation>Indisponível</translation>
    </message>
    <message>
        <source>%1 (%2 wanted)</source>
        <translation>%1 (quantidade pedida: %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No product has the barcode %1. Check the item or type its name.</source>
        <translation>Nenhum produto tem o código de barras %1. Confira o item ou digite o nome dele.</translation>
    </message>
    <message>
        <source>No product matches &quot;%1&quot;. Type part of its name to search.</source>
        <translation>Nenhum produto corresponde a &quot;%1&quot;. Digite parte do nome para pesquisar.</translation>
    </message>
    <message>
        <source>The sale changed while the discount was being approved; enter it again.</source>
        <translation>A venda mudou enquanto o desconto estava sendo aprovado; informe-o novamente.</translation>
    </message>
    <message>
        <source>Checking the order…</source>
        <translation>Verificando o pedido…</translation>
    </message>
    <message>
        <source>Order checked</source>
        <translation>Pedido verificado</translation>
    </message>
    <message>
        <source>Order checker unavailable: %1</source>
        <translation>Verificador de pedidos indisponível: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>No order checker configured</source>
        <translation>Nenhum verificador de pedidos configurado</translation>
    </message>
    <message>
        <source>The sale is empty: scan an item.</source>
        <translation>A venda está vazia: leia um item.</translation>
    </message>
    <message>
        <source>The prices could not be confirmed: %1</source>
        <translation>Não foi possível confirmar os preços: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The store allows finishing without the check.</source>
        <translation>A loja permite concluir sem a verificação.</translation>
    </message>
    <message>
        <source>The sale cannot finish until the check works.</source>
        <translation>A venda só pode ser concluída quando a verificação funcionar.</translation>
    </message>
    <message>
        <source>Allowed although some items have errors (store setting): %1</source>
        <translation>Permitido, embora alguns itens tenham erros (configuração da loja): %1</translation>
    </message>
    <message>
        <source>The order checker blocks this sale: %1</source>
        <translation>O verificador de pedidos bloqueia esta venda: %1</translation>
    </message>
    <message>
        <source>Allowed once by %1 (%2): %3</source>
        <translation>Permitido uma vez por %1 (%2): %3</translation>
    </message>
    <message>
        <source>The sale changed during the final check; finish it again.</source>
        <translation>A venda mudou durante a verificação final; conclua-a de novo.</translation>
    </message>
    <message>
        <source>Finished on the last known prices (store setting): %1</source>
        <translation>Concluída com os últimos preços conhecidos (configuração da loja): %1</translation>
    </message>
    <message>
        <source>The prices could not be confirmed, so the sale cannot be finished on old prices: %1</source>
        <translation>Não foi possível confirmar os preços, então a venda não pode ser concluída com preços antigos: %1</translation>
    </message>
    <message>
        <source>The sale changed after its final check; finish it again.</source>
        <translation>A venda mudou depois da verificação final; conclua-a de novo.</translation>
    </message>
    <message>
        <source>The sale&apos;s total is too large to compute.</source>
        <translation>O total da venda é grande demais para ser calculado.</translation>
    </message>
    <message>
        <source>The sale could not be saved.</source>
        <translation>Não foi possível salvar a venda.</translation>
    </message>
    <message>
        <source>The sale could not be saved: %1</source>
        <translation>Não foi possível salvar a venda: %1</translation>
    </message>
    <message>
        <source>ChargeAfter gave no tracking id for the link, so the sale cannot wait for it.</source>
        <translation>A ChargeAfter não informou um ID de rastreamento para o link, então a venda não pode aguardá-lo.</translation>
    </message>
    <message>
        <source>The sale could not be set aside to wait for financing: %1</source>
        <translation>Não foi possível deixar a venda de lado aguardando o financiamento: %1</translation>
    </message>
    <message>
        <source>Say why the sale is voided.</source>
        <translation>Informe por que a venda está sendo cancelada.</translation>
    </message>
    <message>
        <source>The sale is empty: there is nothing to void.</source>
        <translation>A venda está vazia: não há nada para cancelar.</translation>
    </message>
    <message>
        <source>The sale could not be voided: %1</source>
        <translation>Não foi possível cancelar a venda: %1</translation>
    </message>
</context>
<context>
    <name>checkstand::SalesStore</name>
    <message>
        <source>The sale %1 is no longer awaiting financing; nothing was recorded.</source>
        <translation>A venda %1 não está mais aguardando financiamento; nada foi registrado.</translation>
    </message>
    <message>
        <source>the counter could not be advanced</source>
        <translation>não foi possível avançar o contador</translation>
    </message>
    <message>
        <source>The journal entry of sale %1 cannot be read.</source>
        <translation>Não é possível ler o registro da venda %1 no diário.</translation>
    </message>
    <message>
        <source>A return of sale %1 cannot be read (%2).</source>
        <translation>Não é possível ler uma devolução da venda %1 (%2).</translation>
    </message>
    <message>
        <source>The return %1 cannot be read.</source>
        <translation>Não é possível ler a devolução %1.</translation>
    </message>
    <message>
        <source>The journal entry of sale %1 cannot be read; no report is made without it.</source>
        <translation>Não é possível ler o registro da venda %1 no diário; nenhum relatório é gerado sem ele.</translation>
    </message>
    <message>
        <source>The return %1 cannot be read (%2); no report is made without it.</source>
        <translation>Não é possível ler a devolução %1 (%2); nenhum relatório é gerado sem ela.</translation>
    </message>
    <message>
        <source>No sale %1 in this terminal&apos;s journal.</source>
        <translation>Nenhuma venda %1 no diário deste terminal.</translation>
    </message>
    <message>
        <source>The return is in another currency than the sale.</source>
        <translation>A devolução está em uma moeda diferente da venda.</translation>
    </message>
    <message>
        <source>“%1” is not a line of sale %2.</source>
        <translation>“%1” não é uma linha da venda %2.</translation>
    </message>
    <message>
        <source>Only %1 of “%2” can still be returned.</source>
        <translation>Só é possível devolver mais %1 de “%2”.</translation>
    </message>
    <message>
        <source>The refund of %1 is more than is left of sale %2 (%3 was paid, %4 refunded already).</source>
        <translation>O reembolso de %1 é maior que o saldo da venda %2 (%3 foi pago, %4 já foi reembolsado).</translation>
    </message>
    <message>
        <source>A sale is only voided with a reason.</source>
        <translation>Uma venda só pode ser cancelada com um motivo.</translation>
    </message>
    <message>
        <source>A sale waits for financing only with its tracking id and the link&apos;s total equal to its payable total.</source>
        <translation>Uma venda só pode aguardar financiamento com o ID de rastreamento e com o total do link igual ao total a pagar da venda.</translation>
    </message>
    <message>
        <source>No sale is awaiting financing under %1.</source>
        <translation>Nenhuma venda está aguardando financiamento com o ID %1.</translation>
    </message>
    <message>
        <source>A cash float cannot be negative.</source>
        <translation>O fundo de troco não pode ser negativo.</translation>
    </message>
    <message>
        <source>A shift is already open (since %1, opened by %2): close it with a Z report before opening another.</source>
        <translation>Já há um turno aberto (desde %1, aberto por %2): feche-o com um relatório Z antes de abrir outro.</translation>
    </message>
    <message>
        <source>A pay-in or pay-out needs an amount above zero.</source>
        <translation>Um suprimento ou uma sangria precisa de um valor maior que zero.</translation>
    </message>
    <message>
        <source>A pay-in or pay-out needs a reason.</source>
        <translation>Um suprimento ou uma sangria precisa de um motivo.</translation>
    </message>
    <message>
        <source>No shift is open: open one with its cash float first.</source>
        <translation>Nenhum turno está aberto: primeiro abra um com seu fundo de troco.</translation>
    </message>
    <message>
        <source>The amount is in %1, the drawer in %2.</source>
        <translation>O valor está em %1 e a gaveta em %2.</translation>
    </message>
    <message>
        <source>Z report No. %1 cannot be read from %2.</source>
        <translation>Não é possível ler o relatório Z nº %1 de %2.</translation>
    </message>
    <message>
        <source>The size of the sales journal in %1 could not be read.</source>
        <translation>Não foi possível ler o tamanho do diário de vendas em %1.</translation>
    </message>
    <message>
        <source>The sales journal in %1 holds fewer records than when the last Z report was made: records were removed. No report can be made; restore the file from a backup.</source>
        <translation>O diário de vendas em %1 contém menos registros do que quando o último relatório Z foi gerado: registros foram removidos. Nenhum relatório pode ser gerado; restaure o arquivo a partir de um backup.</translation>
    </message>
    <message>
        <source>Cash move %1 in %2 cannot be read.</source>
        <translation>Não é possível ler a movimentação de caixa %1 em %2.</translation>
    </message>
    <message>
        <source>Z report No. %1 is stored already; nothing was changed.</source>
        <translation>O relatório Z nº %1 já está armazenado; nada foi alterado.</translation>
    </message>
    <message>
        <source>Shift %1 is no longer open; the Z report was not stored.</source>
        <translation>O turno %1 não está mais aberto; o relatório Z não foi armazenado.</translation>
    </message>
    <message>
        <source>This sale (%1) is already recorded in the journal; nothing was changed.</source>
        <translation>Esta venda (%1) já está registrada no diário; nada foi alterado.</translation>
    </message>
    <message>
        <source>a step that belongs to the sale failed</source>
        <translation>uma etapa que faz parte da venda falhou</translation>
    </message>
</context>
<context>
    <name>checkstand::SandboxBanner</name>
    <message>
        <source>TRAINING / SANDBOX — nothing is sent to real services</source>
        <translation>TREINAMENTO / SANDBOX — nada é enviado aos serviços reais</translation>
    </message>
    <message>
        <source>Simulate:</source>
        <translation>Simular:</translation>
    </message>
    <message>
        <source>Training only: the simulated service to set up</source>
        <translation>Somente treinamento: o serviço simulado a configurar</translation>
    </message>
    <message>
        <source>replies:</source>
        <translation>responde:</translation>
    </message>
    <message>
        <source>Training only: choose how the simulated service answers</source>
        <translation>Somente treinamento: escolha como o serviço simulado responde</translation>
    </message>
    <message>
        <source>Order Checker &amp;extras</source>
        <translation>E&amp;xtras do Order Checker</translation>
    </message>
    <message>
        <source>Training only: extra answers of the simulated Order Checker</source>
        <translation>Somente treinamento: respostas extras do Order Checker simulado</translation>
    </message>
    <message>
        <source>Freight of 10.00</source>
        <translation>Frete de 10,00</translation>
    </message>
    <message>
        <source>Order discount of 10.00</source>
        <translation>Desconto de 10,00 no pedido</translation>
    </message>
    <message>
        <source>Shipping options on every line</source>
        <translation>Opções de entrega em todas as linhas</translation>
    </message>
    <message>
        <source>A free gift line</source>
        <translation>Uma linha de brinde</translation>
    </message>
    <message>
        <source>An error on the order (HTTP 403)</source>
        <translation>Um erro no pedido (HTTP 403)</translation>
    </message>
    <message>
        <source>A notice on the order</source>
        <translation>Um aviso no pedido</translation>
    </message>
    <message>
        <source>Mark an item &amp;out of stock…</source>
        <translation>Marcar um item como &amp;sem estoque…</translation>
    </message>
    <message>
        <source>Every item &amp;back in stock</source>
        <translation>Todos os itens de &amp;volta ao estoque</translation>
    </message>
    <message>
        <source>Out of stock (training)</source>
        <translation>Sem estoque (treinamento)</translation>
    </message>
    <message>
        <source>SKU the simulated Order Checker reports as out of stock (e.g. COF-250); the next check of a sale with it blocks:</source>
        <translation>SKU que o Order Checker simulado informa como sem estoque (ex.: COF-250); a próxima verificação de uma venda com ele será bloqueada:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>out of stock: %1</source>
        <translation>sem estoque: %1</translation>
    </message>
    <message>
        <source>Simulating problems — %1</source>
        <translation>Simulando problemas — %1</translation>
    </message>
</context>
<context>
    <name>checkstand::ScanField</name>
    <message>
        <source>Scan or search</source>
        <translation>Ler ou pesquisar</translation>
    </message>
    <message>
        <source>Scan a barcode, or type a product name or SKU</source>
        <translation>Leia um código de barras ou digite o nome ou SKU de um produto</translation>
    </message>
</context>
<context>
    <name>checkstand::SendResultPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Tracking id</source>
        <translation>ID de rastreamento</translation>
    </message>
    <message>
        <source>Copy the tracking id to the clipboard</source>
        <translation>Copiar o ID de rastreamento para a área de transferência</translation>
    </message>
    <message>
        <source>Tracking id:</source>
        <translation>ID de rastreamento:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Link sent.</source>
        <translation>Link enviado.</translation>
    </message>
    <message>
        <source>Link sent. %1</source>
        <translation>Link enviado. %1</translation>
    </message>
    <message>
        <source>The link was not sent. %1</source>
        <translation>O link não foi enviado. %1</translation>
    </message>
</context>
<context>
    <name>checkstand::SettingsField</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
</context>
<context>
    <name>checkstand::SettingsHeaderList</name>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Name, such as X-Api-Token</source>
        <translation>Nome, como X-Api-Token</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Nome do cabeçalho</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Valor do cabeçalho</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Remove this header; its stored value is deleted when you save.</source>
        <translation>Remover este cabeçalho; o valor armazenado é excluído quando você salvar.</translation>
    </message>
    <message>
        <source>To rename a header, remove it and add the new name with its value.</source>
        <translation>Para renomear um cabeçalho, remova-o e adicione o novo nome com o valor.</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Cabeçalhos extras</translation>
    </message>
    <message>
        <source>+ &amp;Add header</source>
        <translation>+ &amp;Adicionar cabeçalho</translation>
    </message>
    <message>
        <source>Enter the header name, or remove this row.</source>
        <translation>Digite o nome do cabeçalho ou remova esta linha.</translation>
    </message>
    <message>
        <source>A header name may contain only letters, digits and marks such as - or _; no spaces or colons.</source>
        <translation>Um nome de cabeçalho só pode conter letras, dígitos e sinais como - ou _; sem espaços nem dois-pontos.</translation>
    </message>
    <message>
        <source>Checkstand sets %1 itself; choose another header.</source>
        <translation>O próprio Checkstand define %1; escolha outro cabeçalho.</translation>
    </message>
    <message>
        <source>%1 is already in the list (header names ignore case).</source>
        <translation>%1 já está na lista (nomes de cabeçalho não diferenciam maiúsculas de minúsculas).</translation>
    </message>
    <message>
        <source>The value cannot contain line breaks or other control characters.</source>
        <translation>O valor não pode conter quebras de linha nem outros caracteres de controle.</translation>
    </message>
    <message>
        <source>Enter the value to send with %1.</source>
        <translation>Digite o valor a enviar com %1.</translation>
    </message>
    <message>
        <source>%1 and its stored value are removed when you save.</source>
        <translation>%1 e o valor armazenado serão removidos quando você salvar.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Verificando o chaveiro…</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(armazenado)</translation>
    </message>
    <message>
        <source>No value is stored for %1; checks fail until one is saved.</source>
        <translation>Nenhum valor está armazenado para %1; as verificações falham até que um seja salvo.</translation>
    </message>
    <message>
        <source>Saving the value in the keychain…</source>
        <translation>Salvando o valor no chaveiro…</translation>
    </message>
    <message>
        <source>The value of %1 was not stored: %2</source>
        <translation>O valor de %1 não foi armazenado: %2</translation>
    </message>
    <message>
        <source>The value is stored in the keychain.</source>
        <translation>O valor está armazenado no chaveiro.</translation>
    </message>
    <message>
        <source>The value of the removed header %1 is still in the keychain: %2. Save again to retry.</source>
        <translation>O valor do cabeçalho removido %1 ainda está no chaveiro: %2. Salve de novo para tentar novamente.</translation>
    </message>
    <message>
        <source>The value of %1 was deleted from the keychain.</source>
        <translation>O valor de %1 foi excluído do chaveiro.</translation>
    </message>
</context>
<context>
    <name>checkstand::SettingsPage</name>
    <message>
        <source>Checkstand is running in training mode and talks to its built-in sandbox, so the endpoints below are not used now. Restart without --sandbox to use these endpoints.</source>
        <translation>O Checkstand está em modo de treinamento e se comunica com o ambiente de treinamento integrado, então os endpoints abaixo não estão sendo usados agora. Reinicie sem --sandbox para usar esses endpoints.</translation>
    </message>
    <message>
        <source>Stored in: %1. Never saved in the settings file.</source>
        <translation>Local de armazenamento: %1. Nunca é salvo no arquivo de configurações.</translation>
    </message>
    <message>
        <source>Training uses the sandbox&apos;s own key; the key saved here is used when Checkstand runs live.</source>
        <translation>O treinamento usa a chave própria do ambiente de treinamento; a chave salva aqui é usada quando o Checkstand roda em produção.</translation>
    </message>
    <message>
        <source>Sent with every check. The names are saved in the settings file; the values only in: %1. A saved value is never shown; leave the field empty to keep it.</source>
        <translation>Enviados em todas as verificações. Os nomes são salvos no arquivo de configurações; os valores, somente em: %1. Um valor salvo nunca é exibido; deixe o campo vazio para mantê-lo.</translation>
    </message>
    <message>
        <source>Training sends the sandbox&apos;s own header; the headers saved here are used when Checkstand runs live.</source>
        <translation>O treinamento envia o cabeçalho próprio do ambiente de treinamento; os cabeçalhos salvos aqui são usados quando o Checkstand roda em produção.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Checks the saved endpoint of %1: the address, the connection, TLS and the stored key.</source>
        <translation>Verifica o endpoint salvo de %1: o endereço, a conexão, o TLS e a chave armazenada.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Reverter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Unsaved changes were dropped.</source>
        <translation>As alterações não salvas foram descartadas.</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Configurações não salvas</translation>
    </message>
    <message>
        <source>Some settings were changed but not saved. Save them before leaving Settings?</source>
        <translation>Algumas configurações foram alteradas, mas não salvas. Salvá-las antes de sair das Configurações?</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Nada foi salvo: corrija os campos marcados em vermelho.</translation>
    </message>
    <message>
        <source>Settings saved. Restart without --sandbox to use these endpoints.</source>
        <translation>Configurações salvas. Reinicie sem --sandbox para usar esses endpoints.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configurações salvas.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testando a conexão…</translation>
    </message>
    <message>
        <source>It works (%1): %2</source>
        <translation>Funciona (%1): %2</translation>
    </message>
    <message>
        <source>It does not work (%1): %2</source>
        <translation>Não funciona (%1): %2</translation>
    </message>
    <message>
        <source>Training tests the sandbox, not the endpoint set here.</source>
        <translation>O treinamento testa o ambiente de treinamento, não o endpoint definido aqui.</translation>
    </message>
    <message>
        <source>Unsaved changes were not tested; save them first.</source>
        <translation>As alterações não salvas não foram testadas; salve-as primeiro.</translation>
    </message>
</context>
<context>
    <name>checkstand::SettingsSecret</name>
    <message>
        <source>Remo&amp;ve stored key</source>
        <translation>Remo&amp;ver chave armazenada</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Verificando o chaveiro…</translation>
    </message>
    <message>
        <source>(stored)</source>
        <translation>(armazenado)</translation>
    </message>
    <message>
        <source>Removing the key from the keychain…</source>
        <translation>Removendo a chave do chaveiro…</translation>
    </message>
    <message>
        <source>Saving the key in the keychain…</source>
        <translation>Salvando a chave no chaveiro…</translation>
    </message>
</context>
<context>
    <name>checkstand::TenderDialog</name>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Sale %1: %2</source>
        <translation>Venda %1: %2</translation>
    </message>
    <message>
        <source>Cash (F2)</source>
        <translation>Dinheiro (F2)</translation>
    </message>
    <message>
        <source>Card on the terminal (F3)</source>
        <translation>Cartão no terminal (F3)</translation>
    </message>
    <message>
        <source>ChargeAfter financing (F4)</source>
        <translation>Financiamento ChargeAfter (F4)</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>Dinheiro recebido</translation>
    </message>
    <message>
        <source>Amount handed over</source>
        <translation>Valor entregue</translation>
    </message>
    <message>
        <source>Exact (F5)</source>
        <translation>Valor exato (F5)</translation>
    </message>
    <message>
        <source>Take cash (Enter)</source>
        <translation>Receber em dinheiro (Enter)</translation>
    </message>
    <message>
        <source>Cash &amp;tendered</source>
        <translation>Dinheiro &amp;recebido</translation>
    </message>
    <message>
        <source>Terminal approval reference</source>
        <translation>Referência de aprovação do terminal</translation>
    </message>
    <message>
        <source>As printed on the terminal&apos;s slip</source>
        <translation>Como impresso no comprovante do terminal</translation>
    </message>
    <message>
        <source>Amount paid by card</source>
        <translation>Valor pago no cartão</translation>
    </message>
    <message>
        <source>Record card payment (Enter)</source>
        <translation>Registrar pagamento com cartão (Enter)</translation>
    </message>
    <message>
        <source>Approval &amp;reference</source>
        <translation>&amp;Referência da aprovação</translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <source>Sends a ChargeAfter checkout link for the whole sale. The sale then waits, visible and safe across a restart, until you record the customer&apos;s approval, or goes back to payment if declined.</source>
        <translation>Envia um link de checkout ChargeAfter para a venda inteira. A venda fica aguardando, visível e preservada mesmo se o sistema for reiniciado, até você registrar a aprovação do cliente, ou volta ao pagamento se for recusada.</translation>
    </message>
    <message>
        <source>Send a financing link (Enter)</source>
        <translation>Enviar link de financiamento (Enter)</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Troco: %1</translation>
    </message>
    <message>
        <source>Still to pay after this: %1</source>
        <translation>Restante após este pagamento: %1</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>A pagar: %1</translation>
    </message>
    <message>
        <source>Cash %1</source>
        <translation>Dinheiro %1</translation>
    </message>
    <message>
        <source>Card %1 (ref. %2)</source>
        <translation>Cartão %1 (ref. %2)</translation>
    </message>
    <message>
        <source>Paid so far: %1</source>
        <translation>Pago até agora: %1</translation>
    </message>
    <message>
        <source>Type the amount the customer hands over.</source>
        <translation>Digite o valor entregue pelo cliente.</translation>
    </message>
    <message>
        <source>The amount handed over must be more than zero.</source>
        <translation>O valor entregue deve ser maior que zero.</translation>
    </message>
    <message>
        <source>A card pays between 0.01 and what is left to pay (%1).</source>
        <translation>O pagamento com cartão deve ficar entre 0,01 e o valor restante (%1).</translation>
    </message>
    <message>
        <source>%1 taken; %2 still to pay. Take the next payment.</source>
        <translation>%1 recebido; faltam %2. Receba o próximo pagamento.</translation>
    </message>
    <message>
        <source>A scan (%1) was not added: finish or cancel the payment first.</source>
        <translation>Uma leitura (%1) não foi adicionada: conclua ou cancele o pagamento primeiro.</translation>
    </message>
    <message>
        <source>Cancel the payment?</source>
        <translation>Cancelar o pagamento?</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) were already taken for this sale. Cancel anyway? Give back the cash and void the card payments on the terminal.</source>
        <translation>
            <numerusform>%n pagamento já foi recebido nesta venda. Cancelar mesmo assim? Devolva o dinheiro e cancele os pagamentos com cartão no terminal.</numerusform>
            <numerusform>%n pagamentos já foram recebidos nesta venda. Cancelar mesmo assim? Devolva o dinheiro e cancele os pagamentos com cartão no terminal.</numerusform>
        </translation>
    </message>
    <message>
        <source>cash</source>
        <translation>dinheiro</translation>
    </message>
    <message>
        <source>card</source>
        <translation>cartão</translation>
    </message>
    <message>
        <source>ChargeAfter financing</source>
        <translation>Financiamento ChargeAfter</translation>
    </message>
    <message>
        <source>Sale %1 completed: %2 paid by %3.</source>
        <translation>Venda %1 concluída: %2 pago com %3.</translation>
    </message>
    <message>
        <source>Change due: %1.</source>
        <translation>Troco a devolver: %1.</translation>
    </message>
</context>
<context>
    <name>checkstand::Ticket</name>
    <message>
        <source>is required</source>
        <translation>é obrigatório</translation>
    </message>
    <message>
        <source>the discount mode must be ABSOLUTE or PERCENTAGE, not &quot;%1&quot;</source>
        <translation>o modo de desconto deve ser ABSOLUTE ou PERCENTAGE, e não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a discount cannot be negative (%1)</source>
        <translation>um desconto não pode ser negativo (%1)</translation>
    </message>
    <message>
        <source>a discount of %1 % is more than 100 %</source>
        <translation>um desconto de %1 % é maior que 100 %</translation>
    </message>
    <message>
        <source>the discount of %1 is more than the items it discounts (%2)</source>
        <translation>o desconto de %1 é maior que os itens a que se aplica (%2)</translation>
    </message>
    <message>
        <source>freight cannot be negative (%1)</source>
        <translation>o frete não pode ser negativo (%1)</translation>
    </message>
    <message>
        <source>cannot be negative (%1)</source>
        <translation>não pode ser negativo (%1)</translation>
    </message>
    <message>
        <source>%1: %2 x %3 is too large to count</source>
        <translation>%1: %2 x %3 é grande demais para ser calculado</translation>
    </message>
    <message>
        <source>lines: together they are too large to count</source>
        <translation>linhas: juntas, são grandes demais para serem calculadas</translation>
    </message>
    <message>
        <source>the sale&apos;s total is too large to count</source>
        <translation>o total da venda é grande demais para ser calculado</translation>
    </message>
    <message>
        <source>format: expected &quot;%1&quot;</source>
        <translation>format: esperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>id: must be a UUID</source>
        <translation>id: deve ser um UUID</translation>
    </message>
    <message>
        <source>currency: must be an ISO 4217 code such as USD</source>
        <translation>currency: deve ser um código ISO 4217, como USD</translation>
    </message>
    <message>
        <source>lines: must be a list</source>
        <translation>lines: deve ser uma lista</translation>
    </message>
    <message>
        <source>lines: more than 10000 lines</source>
        <translation>lines: mais de 10000 linhas</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 100000</source>
        <translation>deve ser um número inteiro de 1 a 100000</translation>
    </message>
    <message>
        <source>must be a list of tracking ids</source>
        <translation>deve ser uma lista de ids de rastreamento</translation>
    </message>
</context>
<context>
    <name>checkstand::TicketLinesModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Gift: %1</source>
        <translation>Presente: %1</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolha…</translation>
    </message>
    <message>
        <source>Local price: the prices could not be confirmed (%1).</source>
        <translation>Preço local: não foi possível confirmar os preços (%1).</translation>
    </message>
    <message>
        <source>Local price, until the pricing service has priced this line.</source>
        <translation>Preço local, até o serviço de preços calcular o preço desta linha.</translation>
    </message>
    <message>
        <source>Last confirmed price: the latest pricing was refused (%1).</source>
        <translation>Último preço confirmado: o cálculo de preços mais recente foi recusado (%1).</translation>
    </message>
    <message>
        <source>The order checker says: %1</source>
        <translation>O verificador de pedidos informa: %1</translation>
    </message>
    <message>
        <source>Double-click or press F2 to choose how this item is shipped.</source>
        <translation>Clique duas vezes ou pressione F2 para escolher como este item será entregue.</translation>
    </message>
    <message>
        <source>+ and - change the quantity; type a number to set it.</source>
        <translation>+ e - alteram a quantidade; digite um número para defini-la.</translation>
    </message>
    <message>
        <source>↳ Deposit</source>
        <translation>↳ Depósito</translation>
    </message>
    <message>
        <source>Deposit on %1 as last confirmed by the pricing service; it is priced again with the cart.</source>
        <translation>Depósito de %1, conforme a última confirmação do serviço de preços; o preço é recalculado com o carrinho.</translation>
    </message>
    <message>
        <source>Deposit on %1, charged with it and included in the total. + - and Delete act on %1.</source>
        <translation>Depósito de %1, cobrado junto com o item e incluído no total. + - e Delete atuam sobre %1.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imposto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Frete</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>checkstand::TillMenu</name>
    <message>
        <source>No report</source>
        <translation>Sem relatório</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation>Diário de auditoria</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Abrir turno</translation>
    </message>
    <message>
        <source>Count the cash put in the drawer to give change from. The shift starts with it, and the Z report expects it back.</source>
        <translation>Conte o dinheiro colocado na gaveta para dar troco. O turno começa com ele, e o relatório Z espera encontrá-lo de volta.</translation>
    </message>
    <message>
        <source>Cash &amp;float</source>
        <translation>&amp;Fundo de troco</translation>
    </message>
    <message>
        <source>&amp;Open shift</source>
        <translation>&amp;Abrir turno</translation>
    </message>
    <message>
        <source>Pay in</source>
        <translation>Suprimento</translation>
    </message>
    <message>
        <source>Pay out</source>
        <translation>Sangria</translation>
    </message>
    <message>
        <source>Cash put into the drawer without a sale (change from the bank, ...).</source>
        <translation>Dinheiro colocado na gaveta sem uma venda (troco trazido do banco, ...).</translation>
    </message>
    <message>
        <source>Cash taken out of the drawer without a sale (a delivery paid in cash, a bank drop, ...).</source>
        <translation>Dinheiro retirado da gaveta sem uma venda (uma entrega paga em dinheiro, um depósito no banco, ...).</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <source>&amp;Pay in</source>
        <translation>Registrar &amp;suprimento</translation>
    </message>
    <message>
        <source>&amp;Pay out</source>
        <translation>Registrar &amp;sangria</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Fechar o dia</translation>
    </message>
    <message>
        <source>No shift is open, so there is no day to close.</source>
        <translation>Nenhum turno está aberto, então não há dia a fechar.</translation>
    </message>
    <message>
        <source>Close the day (Z report)</source>
        <translation>Fechar o dia (relatório Z)</translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter it. The Z report closes the shift and the day for good: it can be reprinted, never changed.</source>
        <translation>Conte o dinheiro da gaveta e informe o valor. O relatório Z fecha o turno e o dia definitivamente: ele pode ser reimpresso, mas nunca alterado.</translation>
    </message>
    <message>
        <source>&amp;Counted cash</source>
        <translation>&amp;Dinheiro contado</translation>
    </message>
    <message>
        <source>&amp;Close the day</source>
        <translation>&amp;Fechar o dia</translation>
    </message>
    <message>
        <source>Reprint Z report</source>
        <translation>Reimprimir relatório Z</translation>
    </message>
    <message>
        <source>There is no Z report yet: the day has never been closed on this till.</source>
        <translation>Ainda não há relatório Z: o dia nunca foi fechado neste caixa.</translation>
    </message>
    <message>
        <source>&amp;Open shift…</source>
        <translation>&amp;Abrir turno…</translation>
    </message>
    <message>
        <source>Pay &amp;in…</source>
        <translation>&amp;Suprimento…</translation>
    </message>
    <message>
        <source>Pay o&amp;ut…</source>
        <translation>Sa&amp;ngria…</translation>
    </message>
    <message>
        <source>&amp;X report</source>
        <translation>Relatório &amp;X</translation>
    </message>
    <message>
        <source>&amp;Close the day (Z report)…</source>
        <translation>&amp;Fechar o dia (relatório Z)…</translation>
    </message>
    <message>
        <source>&amp;Reprint Z report…</source>
        <translation>&amp;Reimprimir relatório Z…</translation>
    </message>
    <message>
        <source>Till (&amp;Z)</source>
        <translation>Caixa (&amp;Z)</translation>
    </message>
</context>
<context>
    <name>checkstand::TotalsPanel</name>
    <message>
        <source>Pricing…</source>
        <translation>Calculando preços…</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imposto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Depósitos</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>Frete</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Tax (included)</source>
        <translation>Imposto (incluso)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>-%1</source>
        <translation>-%1</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>The amounts below are local prices, without tax.</source>
        <translation>Os valores abaixo são preços locais, sem imposto.</translation>
    </message>
    <message>
        <source>The amounts below are the last confirmed ones.</source>
        <translation>Os valores abaixo são os últimos confirmados.</translation>
    </message>
    <message>
        <source>The amounts below are the last confirmed ones, from before the latest changes to the cart.</source>
        <translation>Os valores abaixo são os últimos confirmados, anteriores às alterações mais recentes no carrinho.</translation>
    </message>
    <message>
        <source>Prices not confirmed: %1
%2</source>
        <translation>Preços não confirmados: %1
%2</translation>
    </message>
    <message>
        <source>Total (last confirmed)</source>
        <translation>Total (último confirmado)</translation>
    </message>
    <message>
        <source>Total (local)</source>
        <translation>Total (local)</translation>
    </message>
</context>
<context>
    <name>checkstand::UserGuideDialog</name>
    <message>
        <source>Checkstand user guide</source>
        <translation>Guia do usuário do Checkstand</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Seções</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guia do usuário</translation>
    </message>
    <message>
        <source>This copy of Checkstand was built without its user guide. The README that comes with Checkstand has the same text.</source>
        <translation>Esta cópia do Checkstand foi compilada sem o guia do usuário. O README que acompanha o Checkstand tem o mesmo texto.</translation>
    </message>
</context>
<context>
    <name>checkstand::VoidDialog</name>
    <message>
        <source>Void sale %1</source>
        <translation>Cancelar venda %1</translation>
    </message>
    <message>
        <source>Void sale %1 (%2)? Its items are given up and nothing is paid; the void is recorded with its reason.</source>
        <translation>Cancelar a venda %1 (%2)? Os itens são descartados e nada é pago; o cancelamento é registrado com o motivo.</translation>
    </message>
    <message>
        <source>Why is the sale voided?</source>
        <translation>Por que a venda está sendo cancelada?</translation>
    </message>
    <message>
        <source>Customer changed their mind</source>
        <translation>O cliente desistiu</translation>
    </message>
    <message>
        <source>Rung up by mistake</source>
        <translation>Registrada por engano</translation>
    </message>
    <message>
        <source>Customer left without paying</source>
        <translation>O cliente saiu sem pagar</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;Void sale</source>
        <translation>&amp;Cancelar venda</translation>
    </message>
    <message>
        <source>Nothing to void: the sale is empty.</source>
        <translation>Nada a cancelar: a venda está vazia.</translation>
    </message>
    <message>
        <source>total unknown</source>
        <translation>total desconhecido</translation>
    </message>
    <message>
        <source>Sale %1 was not voided: %2</source>
        <translation>A venda %1 não foi cancelada: %2</translation>
    </message>
    <message>
        <source>Sale %1 voided: %2.</source>
        <translation>Venda %1 cancelada: %2.</translation>
    </message>
</context>
<context>
    <name>checkstand::ZNumberDialog</name>
    <message>
        <source>Reprint Z report</source>
        <translation>Reimprimir relatório Z</translation>
    </message>
    <message>
        <source>Z report &amp;number</source>
        <translation>&amp;Número do relatório Z</translation>
    </message>
    <message>
        <source>&amp;Reprint</source>
        <translation>&amp;Reimprimir</translation>
    </message>
</context>
<context>
    <name>checkstand::acme</name>
    <message>
        <source>the reply is not a JSON object</source>
        <translation>a resposta não é um objeto JSON</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is negative (%2)</source>
        <translation>%1 é negativo (%2)</translation>
    </message>
    <message>
        <source>refundDetails[%1].%2</source>
        <translation>refundDetails[%1].%2</translation>
    </message>
    <message>
        <source>a field</source>
        <translation>um campo</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>esperado um objeto JSON</translation>
    </message>
    <message>
        <source>expected a field name in quotes</source>
        <translation>esperado um nome de campo entre aspas</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after %1</source>
        <translation>esperado &apos;:&apos; depois de %1</translation>
    </message>
    <message>
        <source>%1 must be a plain string (no escapes)</source>
        <translation>%1 deve ser uma string simples (sem escapes)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>esperado &apos;,&apos; ou &apos;}&apos;</translation>
    </message>
    <message>
        <source>unexpected text after the object</source>
        <translation>texto inesperado depois do objeto</translation>
    </message>
    <message>
        <source>card data is never read from a file; give it on standard input</source>
        <translation>os dados do cartão nunca são lidos de um arquivo; informe-os pela entrada padrão</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 é obrigatório.</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>O nome</translation>
    </message>
    <message>
        <source>The last name</source>
        <translation>O sobrenome</translation>
    </message>
    <message>
        <source>Choose the card brand: Visa, MasterCard, American Express, Discover or JCB.</source>
        <translation>Escolha a bandeira do cartão: Visa, MasterCard, American Express, Discover ou JCB.</translation>
    </message>
    <message>
        <source>Enter the card&apos;s last four digits.</source>
        <translation>Digite os quatro últimos dígitos do cartão.</translation>
    </message>
    <message>
        <source>This card number is not valid; check the digits.</source>
        <translation>Este número de cartão não é válido; confira os dígitos.</translation>
    </message>
    <message>
        <source>This is not a %1 card number.</source>
        <translation>Este não é um número de cartão %1.</translation>
    </message>
    <message>
        <source>The last four digits do not match the card number.</source>
        <translation>Os quatro últimos dígitos não correspondem ao número do cartão.</translation>
    </message>
    <message>
        <source>The security code has %1 digits.</source>
        <translation>O código de segurança tem %1 dígitos.</translation>
    </message>
    <message>
        <source>Enter the expiry as MM/YY, e.g. 08/29.</source>
        <translation>Digite a validade no formato MM/AA, por exemplo 08/29.</translation>
    </message>
    <message>
        <source>This card has expired; ask for a card that is still valid.</source>
        <translation>Este cartão está vencido; peça um cartão dentro da validade.</translation>
    </message>
    <message>
        <source>Add at least one membership operation.</source>
        <translation>Adicione pelo menos uma operação de assinatura.</translation>
    </message>
    <message>
        <source>Choose cancel, downgrade or purchase.</source>
        <translation>Escolha cancelamento, rebaixamento de nível ou compra.</translation>
    </message>
    <message>
        <source>The membership id is required.</source>
        <translation>O id da assinatura é obrigatório.</translation>
    </message>
    <message>
        <source>Choose the level to downgrade to.</source>
        <translation>Escolha o nível inferior desejado.</translation>
    </message>
    <message>
        <source>The card data is not a JSON object of plain strings: %1.</source>
        <translation>Os dados do cartão não são um objeto JSON de strings simples: %1.</translation>
    </message>
    <message>
        <source>Cannot read the card data from standard input: %1.</source>
        <translation>Não foi possível ler os dados do cartão da entrada padrão: %1.</translation>
    </message>
    <message>
        <source>Cannot read the card data from standard input on this platform.</source>
        <translation>Não é possível ler os dados do cartão da entrada padrão nesta plataforma.</translation>
    </message>
</context>
<context>
    <name>checkstand::aifi</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2 is negative (%3)</source>
        <translation>%1 %2 é negativo (%3)</translation>
    </message>
    <message>
        <source>the reply is not a JSON object</source>
        <translation>a resposta não é um objeto JSON</translation>
    </message>
    <message>
        <source>order</source>
        <translation>pedido</translation>
    </message>
    <message>
        <source>the order&apos;s subtotal %1 + tax %2 is not its total %3</source>
        <translation>o subtotal %1 + imposto %2 do pedido não é igual ao total %3</translation>
    </message>
    <message>
        <source>the reply has %1 lines for a cart of %2</source>
        <translation>a resposta tem %1 linhas para um carrinho com %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>%1 has no whole quantity</source>
        <translation>%1 não tem quantidade inteira</translation>
    </message>
    <message>
        <source>%1: subtotal %2 + tax %3 is not its total %4</source>
        <translation>%1: subtotal %2 + imposto %3 não é igual ao total %4</translation>
    </message>
    <message>
        <source> tax line</source>
        <translation> (linha de imposto)</translation>
    </message>
    <message>
        <source>%1: its tax lines overflow</source>
        <translation>%1: a soma das linhas de imposto estoura o limite</translation>
    </message>
    <message>
        <source>%1: its tax lines add up to %2, not its tax %3</source>
        <translation>%1: as linhas de imposto somam %2, e não o imposto %3</translation>
    </message>
    <message>
        <source>%1 is a deposit for a line the cart does not have</source>
        <translation>%1 é um depósito de uma linha que não existe no carrinho</translation>
    </message>
    <message>
        <source>%1 prices &quot;%2&quot;, which is not in the cart</source>
        <translation>%1 dá preço a &quot;%2&quot;, que não está no carrinho</translation>
    </message>
    <message>
        <source>%1 prices a cart line twice</source>
        <translation>%1 dá preço duas vezes à mesma linha do carrinho</translation>
    </message>
    <message>
        <source>%1 changed the quantity of &quot;%2&quot; from %3 to %4</source>
        <translation>%1 alterou a quantidade de &quot;%2&quot; de %3 para %4</translation>
    </message>
    <message>
        <source>the line totals overflow</source>
        <translation>a soma dos totais das linhas estoura o limite</translation>
    </message>
    <message>
        <source>the reply leaves out &quot;%1&quot;</source>
        <translation>a resposta omite &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the lines add up to %1 (tax %2) but the order says %3 (tax %4)</source>
        <translation>as linhas somam %1 (imposto %2), mas o pedido informa %3 (imposto %4)</translation>
    </message>
</context>
<context>
    <name>checkstand::barcode</name>
    <message>
        <source>Barcode %1 did not scan correctly (wrong check digit). Scan it again or type the code.</source>
        <translation>O código de barras %1 não foi lido corretamente (dígito verificador errado). Leia novamente ou digite o código.</translation>
    </message>
</context>
<context>
    <name>checkstand::chargeafter::SendLinkOutcome</name>
    <message>
        <source>the reply is not a JSON object</source>
        <translation>a resposta não é um objeto JSON</translation>
    </message>
    <message>
        <source>ChargeAfter did not send the link and gave no reason.</source>
        <translation>O ChargeAfter não enviou o link e não informou o motivo.</translation>
    </message>
    <message>
        <source>ChargeAfter did not send the link: %1</source>
        <translation>O ChargeAfter não enviou o link: %1</translation>
    </message>
    <message>
        <source>&quot;success&quot; is missing or not true/false</source>
        <translation>&quot;success&quot; está ausente ou não é true/false</translation>
    </message>
    <message>
        <source>the link was accepted but &quot;statusTrackingId&quot; is missing or malformed</source>
        <translation>o link foi aceito, mas &quot;statusTrackingId&quot; está ausente ou malformado</translation>
    </message>
    <message>
        <source>Not sent: declined by ChargeAfter</source>
        <translation>Não enviado: recusado pelo ChargeAfter</translation>
    </message>
    <message>
        <source>Not sent: ChargeAfter could not be reached</source>
        <translation>Não enviado: não foi possível acessar o ChargeAfter</translation>
    </message>
    <message>
        <source>Not sent: no answer in time</source>
        <translation>Não enviado: sem resposta a tempo</translation>
    </message>
    <message>
        <source>Not sent: HTTP %1</source>
        <translation>Não enviado: HTTP %1</translation>
    </message>
    <message>
        <source>Not sent: unreadable reply</source>
        <translation>Não enviado: resposta ilegível</translation>
    </message>
    <message>
        <source>Not sent: configuration problem</source>
        <translation>Não enviado: problema de configuração</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviado</translation>
    </message>
</context>
<context>
    <name>checkstand::chargeafter::SendLinkRequest</name>
    <message>
        <source>unknown field (check the spelling against the ChargeAfter contract)</source>
        <translation>campo desconhecido (confira a grafia no contrato do ChargeAfter)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>deve ser uma string</translation>
    </message>
    <message>
        <source>must be a number such as 1999.0</source>
        <translation>deve ser um número como 1999.0</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>deve ser uma lista</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>deve ser um número inteiro</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve ser true ou false</translation>
    </message>
    <message>
        <source>must be &quot;call_center&quot; or &quot;in_store&quot;</source>
        <translation>deve ser &quot;call_center&quot; ou &quot;in_store&quot;</translation>
    </message>
    <message>
        <source>must be &quot;apply&quot; or &quot;checkout&quot;</source>
        <translation>deve ser &quot;apply&quot; ou &quot;checkout&quot;</translation>
    </message>
    <message>
        <source>must be &quot;email&quot; or &quot;sms&quot;</source>
        <translation>deve ser &quot;email&quot; ou &quot;sms&quot;</translation>
    </message>
</context>
<context>
    <name>checkstand::chargeafter::validate</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 é obrigatório.</translation>
    </message>
    <message>
        <source>%1 is too long (200 characters at most).</source>
        <translation>%1 é longo demais (no máximo 200 caracteres).</translation>
    </message>
    <message>
        <source>Choose the ID type: driver&apos;s license, federal or state issued.</source>
        <translation>Escolha o tipo de documento: carteira de motorista, emitido pelo governo federal ou emitido pelo estado.</translation>
    </message>
    <message>
        <source>This ID expired on %1. Ask the customer for an ID that is still valid.</source>
        <translation>Este documento venceu em %1. Peça ao cliente um documento dentro da validade.</translation>
    </message>
    <message>
        <source>The card issuer</source>
        <translation>O emissor do cartão</translation>
    </message>
    <message>
        <source>This card expired at the end of %1.</source>
        <translation>Este cartão venceu no fim de %1.</translation>
    </message>
    <message>
        <source>The street address</source>
        <translation>O endereço</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>O nome da cidade</translation>
    </message>
    <message>
        <source>The ZIP code</source>
        <translation>O CEP</translation>
    </message>
    <message>
        <source>The state</source>
        <translation>O estado</translation>
    </message>
    <message>
        <source>The second line is too long.</source>
        <translation>A segunda linha do endereço é longa demais.</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>O nome</translation>
    </message>
    <message>
        <source>The last name</source>
        <translation>O sobrenome</translation>
    </message>
    <message>
        <source>%1 must be more than zero.</source>
        <translation>%1 deve ser maior que zero.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 não pode ser negativo.</translation>
    </message>
    <message>
        <source>%1 is unrealistically large.</source>
        <translation>%1 é alto demais para ser plausível.</translation>
    </message>
    <message>
        <source>A checkout link needs at least one item.</source>
        <translation>Um link de checkout precisa de pelo menos um item.</translation>
    </message>
    <message>
        <source>The item name</source>
        <translation>O nome do item</translation>
    </message>
    <message>
        <source>The SKU</source>
        <translation>O SKU</translation>
    </message>
    <message>
        <source>The price</source>
        <translation>O preço</translation>
    </message>
    <message>
        <source>The quantity must be 1 to 9999.</source>
        <translation>A quantidade deve ser de 1 a 9999.</translation>
    </message>
    <message>
        <source>The warranty name</source>
        <translation>O nome da garantia</translation>
    </message>
    <message>
        <source>The warranty SKU</source>
        <translation>O SKU da garantia</translation>
    </message>
    <message>
        <source>The warranty price</source>
        <translation>O preço da garantia</translation>
    </message>
    <message>
        <source>The discount</source>
        <translation>O desconto</translation>
    </message>
    <message>
        <source>The discount name</source>
        <translation>O nome do desconto</translation>
    </message>
    <message>
        <source>The tax</source>
        <translation>O imposto</translation>
    </message>
    <message>
        <source>The shipping</source>
        <translation>O frete</translation>
    </message>
    <message>
        <source>The cart total is too large to compute.</source>
        <translation>O total do carrinho é grande demais para ser calculado.</translation>
    </message>
    <message>
        <source>The cart total is too large to send exactly.</source>
        <translation>O total do carrinho é grande demais para ser enviado com exatidão.</translation>
    </message>
    <message>
        <source>The cart total must be more than zero.</source>
        <translation>O total do carrinho deve ser maior que zero.</translation>
    </message>
    <message>
        <source>The total %1 does not match the cart, which adds up to %2.</source>
        <translation>O total %1 não confere com o carrinho, que soma %2.</translation>
    </message>
    <message>
        <source>%1 is required for the checkout flow; set it in Settings.</source>
        <translation>%1 é obrigatória para o fluxo de checkout; defina-a em Configurações.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A call-center link always runs on the customer&apos;s device.</source>
        <translation>Um link da central de atendimento sempre é executado no dispositivo do cliente.</translation>
    </message>
    <message>
        <source>In store, record the customer&apos;s ID before sending.</source>
        <translation>Na loja, registre o documento de identidade do cliente antes de enviar.</translation>
    </message>
    <message>
        <source>Choose how to send the link: e-mail or text message.</source>
        <translation>Escolha como enviar o link: e-mail ou SMS.</translation>
    </message>
    <message>
        <source>The customer&apos;s details are required to send the link to their device.</source>
        <translation>Os dados do cliente são necessários para enviar o link ao dispositivo dele.</translation>
    </message>
    <message>
        <source>A checkout link needs the cart.</source>
        <translation>Um link de checkout precisa do carrinho.</translation>
    </message>
    <message>
        <source>The final postback URL</source>
        <translation>A URL de postback final</translation>
    </message>
    <message>
        <source>The data update postback URL</source>
        <translation>A URL de postback de atualização de dados</translation>
    </message>
    <message>
        <source>The merchant order id is too long (100 at most).</source>
        <translation>O id do pedido do lojista é longo demais (no máximo 100 caracteres).</translation>
    </message>
</context>
<context>
    <name>checkstand::cli</name>
    <message>
        <source>Use the embedded training sandbox instead of the real services.</source>
        <translation>Usa o ambiente de treinamento integrado em vez dos serviços reais.</translation>
    </message>
    <message>
        <source>Read settings from this INI file.</source>
        <translation>Lê as configurações deste arquivo INI.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Keep local data (history, queues) in this folder.</source>
        <translation>Guarda os dados locais (histórico, filas) nesta pasta.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>PASTA</translation>
    </message>
    <message>
        <source>Override one endpoint, e.g. chargeafter=https://pay.example/send-link. Repeatable.</source>
        <translation>Substitui um endpoint, por exemplo chargeafter=https://pay.example/send-link. Pode ser repetido.</translation>
    </message>
    <message>
        <source>NAME=URL</source>
        <translation>NOME=URL</translation>
    </message>
    <message>
        <source>Make a sandbox service misbehave: normal, http500, http401, slow, malformed, oversized, declined. Repeatable.</source>
        <translation>Faz um serviço do ambiente de treinamento se comportar mal: normal, http500, http401, slow, malformed, oversized, declined. Pode ser repetido.</translation>
    </message>
    <message>
        <source>NAME=SCENARIO</source>
        <translation>NOME=CENÁRIO</translation>
    </message>
    <message>
        <source>--endpoint takes NAME=URL with NAME one of: %1</source>
        <translation>--endpoint recebe NOME=URL, com NOME entre: %1</translation>
    </message>
    <message>
        <source>--endpoint %1: %2</source>
        <translation>--endpoint %1: %2</translation>
    </message>
    <message>
        <source>--sandbox-scenario takes NAME=SCENARIO with SCENARIO one of: %1</source>
        <translation>--sandbox-scenario recebe NOME=CENÁRIO, com CENÁRIO entre: %1</translation>
    </message>
</context>
<context>
    <name>checkstand::contact</name>
    <message>
        <source>Enter a mobile phone number.</source>
        <translation>Digite um número de celular.</translation>
    </message>
    <message>
        <source>A phone number has digits only (spaces, dashes and a leading + are fine).</source>
        <translation>Um número de telefone tem apenas dígitos (espaços, hífens e um + no início são aceitos).</translation>
    </message>
    <message>
        <source>This is not a valid phone number for %1.</source>
        <translation>Este não é um número de telefone válido para %1.</translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>Digite um endereço de e-mail.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.com).</source>
        <translation>Este não é um endereço de e-mail (nome@exemplo.com).</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>Digite a data no formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date; use YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; não é uma data válida; use AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Enter the card expiry as MM/YY.</source>
        <translation>Digite a validade do cartão no formato MM/AA.</translation>
    </message>
    <message>
        <source>The month must be 01 to 12.</source>
        <translation>O mês deve ser de 01 a 12.</translation>
    </message>
</context>
<context>
    <name>checkstand::ctl</name>
    <message>
        <source>Some checks failed; see above.</source>
        <translation>Algumas verificações falharam; veja acima.</translation>
    </message>
    <message>
        <source>Give the secret&apos;s value on standard input, e.g. from a file: checkstand-ctl secret set %1 &lt; key.txt</source>
        <translation>Informe o valor do segredo pela entrada padrão, por exemplo a partir de um arquivo: checkstand-ctl secret set %1 &lt; key.txt</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more rows skipped (%2 in all).</source>
        <translation>… e mais %1 linhas ignoradas (%2 no total).</translation>
    </message>
    <message>
        <source>%1 was imported (%2 products, %3 rows skipped)</source>
        <translation>%1 foi importado (%2 produtos, %3 linhas ignoradas)</translation>
    </message>
    <message>
        <source>Warning: the refund details do not add up to the refund amount.</source>
        <translation>Aviso: os detalhes do reembolso não somam o valor do reembolso.</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object.</source>
        <translation>%1 deve conter um único objeto JSON.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MB.</source>
        <translation>%1 é maior que 1 MB.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 não é um JSON válido: %2 no byte %3</translation>
    </message>
    <message>
        <source>%1 is not a Checkstand ticket: %2</source>
        <translation>%1 não é um ticket do Checkstand: %2</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>A solicitação não é válida.</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>nenhum motivo foi informado</translation>
    </message>
    <message>
        <source>%1, but it could not be written to the audit journal: %2</source>
        <translation>%1, mas não foi possível gravar isso no diário de auditoria: %2</translation>
    </message>
    <message>
        <source>No notification %1 is waiting or rejected.</source>
        <translation>Nenhuma notificação %1 está aguardando ou foi rejeitada.</translation>
    </message>
    <message>
        <source>Notification %1 is due again</source>
        <translation>A notificação %1 está pendente novamente</translation>
    </message>
    <message>
        <source>The outbox was resumed</source>
        <translation>A fila de envio foi retomada</translation>
    </message>
    <message>
        <source>Discarding needs a reason: --reason &quot;...&quot; (it is recorded).</source>
        <translation>Para descartar, informe um motivo: --reason &quot;...&quot; (ele é registrado).</translation>
    </message>
    <message>
        <source>No notification %1 can be discarded (delivered, discarded or unknown).</source>
        <translation>A notificação %1 não pode ser descartada (entregue, já descartada ou desconhecida).</translation>
    </message>
    <message>
        <source>Notification %1 was discarded</source>
        <translation>A notificação %1 foi descartada</translation>
    </message>
    <message>
        <source>%1 must be a day as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 deve ser um dia no formato AAAA-MM-DD, e não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--amount %1: %2</source>
        <translation>--amount %1: %2</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to 10000.</source>
        <translation>--limit deve ser um número inteiro de 1 a 10000.</translation>
    </message>
    <message>
        <source>No sale %1 in this terminal&apos;s journal.</source>
        <translation>Nenhuma venda %1 no diário deste terminal.</translation>
    </message>
    <message>
        <source>The change of sale %1 is too large to compute.</source>
        <translation>O troco da venda %1 é grande demais para ser calculado.</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; (only &quot;lines&quot; and &quot;reason&quot;).</source>
        <translation>%1: campo desconhecido &quot;%2&quot; (apenas &quot;lines&quot; e &quot;reason&quot;).</translation>
    </message>
    <message>
        <source>%1: &quot;reason&quot; (what the customer said) is required.</source>
        <translation>%1: &quot;reason&quot; (o que o cliente disse) é obrigatório.</translation>
    </message>
    <message>
        <source>%1: &quot;lines&quot; must list what comes back: [{&quot;line&quot;: &quot;SKU or line id&quot;, &quot;quantity&quot;: 1}].</source>
        <translation>%1: &quot;lines&quot; deve listar o que está sendo devolvido: [{&quot;line&quot;: &quot;SKU ou id da linha&quot;, &quot;quantity&quot;: 1}].</translation>
    </message>
    <message>
        <source>%1: lines[%2] must be {&quot;line&quot;: &quot;SKU or line id&quot;, &quot;quantity&quot;: a whole number of at least 1}.</source>
        <translation>%1: lines[%2] deve ser {&quot;line&quot;: &quot;SKU ou id da linha&quot;, &quot;quantity&quot;: um número inteiro de no mínimo 1}.</translation>
    </message>
    <message>
        <source>Return %1 of sale %2 was recorded</source>
        <translation>A devolução %1 da venda %2 foi registrada</translation>
    </message>
    <message>
        <source>Give ChargeAfter&apos;s approval reference: --reference REF.</source>
        <translation>Informe a referência de aprovação do ChargeAfter: --reference REF.</translation>
    </message>
    <message>
        <source>No sale %1 is waiting for financing.</source>
        <translation>Nenhuma venda %1 está aguardando financiamento.</translation>
    </message>
    <message>
        <source>Sale %1 is parked: recall it at the till to take another payment.</source>
        <translation>A venda %1 está suspensa: retome-a no caixa para receber outro pagamento.</translation>
    </message>
    <message>
        <source>Sale %1 no longer waits, but it is not in the parked list.</source>
        <translation>A venda %1 não está mais aguardando, mas não está na lista de vendas suspensas.</translation>
    </message>
    <message>
        <source>No return %1 in this terminal&apos;s journal.</source>
        <translation>Não há devolução %1 no diário deste terminal.</translation>
    </message>
    <message>
        <source>A PDF receipt needs the graphical libraries, which were not started.</source>
        <translation>Um recibo em PDF precisa das bibliotecas gráficas, que não foram iniciadas.</translation>
    </message>
    <message>
        <source>Give the amount: %1 AMOUNT (e.g. 100.00).</source>
        <translation>Informe o valor: %1 AMOUNT (ex.: 100.00).</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>A PDF report needs the graphical libraries, which were not started.</source>
        <translation>Um relatório em PDF precisa das bibliotecas gráficas, que não foram iniciadas.</translation>
    </message>
    <message>
        <source>Give the reason: --reason TEXT (it is printed on the report).</source>
        <translation>Informe o motivo: --reason TEXT (ele é impresso no relatório).</translation>
    </message>
    <message>
        <source>--number must be a Z report&apos;s number: a whole number from 1.</source>
        <translation>--number deve ser o número de um relatório Z: um número inteiro a partir de 1.</translation>
    </message>
    <message>
        <source>No Order Checker endpoint is configured.</source>
        <translation>Nenhum endpoint do Order Checker está configurado.</translation>
    </message>
    <message>
        <source>No pricing service endpoint is configured.</source>
        <translation>Nenhum endpoint do serviço de preços está configurado.</translation>
    </message>
    <message>
        <source>Deposit: %1</source>
        <translation>Depósito: %1</translation>
    </message>
    <message>
        <source>--tender %1: the tender must be cash, card or financing.</source>
        <translation>--tender %1: a forma de pagamento deve ser cash, card ou financing.</translation>
    </message>
    <message>
        <source>--tender %1: %2</source>
        <translation>--tender %1: %2</translation>
    </message>
    <message>
        <source>A card payment needs the terminal&apos;s approval reference: --tender card:REF</source>
        <translation>Um pagamento com cartão precisa da referência de aprovação do terminal: --tender card:REF</translation>
    </message>
    <message>
        <source>--tender card: %1</source>
        <translation>--tender card: %1</translation>
    </message>
    <message>
        <source>The amounts tendered are too large to add up.</source>
        <translation>Os valores informados são grandes demais para serem somados.</translation>
    </message>
    <message>
        <source>The cash tendered (%1) already pays the sale (%2); leave out --tender %3.</source>
        <translation>O dinheiro recebido (%1) já paga a venda (%2); remova --tender %3.</translation>
    </message>
    <message>
        <source>Give the tenders with --tender or in a file (--tenders), not both.</source>
        <translation>Informe as formas de pagamento com --tender ou em um arquivo (--tenders), não ambos.</translation>
    </message>
    <message>
        <source>%1 must hold a JSON array of payments.</source>
        <translation>%1 deve conter um array JSON de pagamentos.</translation>
    </message>
    <message>
        <source>%1: payment %2 is not a payment (&quot;tender&quot; cash, card or financing; &quot;amount&quot;; &quot;tendered&quot; for cash; &quot;reference&quot;).</source>
        <translation>%1: o pagamento %2 não é um pagamento válido (&quot;tender&quot; cash, card ou financing; &quot;amount&quot;; &quot;tendered&quot; para dinheiro; &quot;reference&quot;).</translation>
    </message>
    <message>
        <source>Only one tender can pay the rest of the total; give cash amounts (--tender cash:20.00) for the others, or use --tenders FILE.</source>
        <translation>Apenas uma forma de pagamento pode pagar o restante do total; informe valores em dinheiro (--tender cash:20.00) para as demais, ou use --tenders FILE.</translation>
    </message>
    <message>
        <source>%1 has no lines.</source>
        <translation>%1 não tem linhas.</translation>
    </message>
    <message>
        <source>The sale&apos;s total is too large to compute.</source>
        <translation>O total da venda é grande demais para ser calculado.</translation>
    </message>
    <message>
        <source>The sale could not be recorded.</source>
        <translation>Não foi possível registrar a venda.</translation>
    </message>
    <message>
        <source>The sale is recorded, but its change is too large to compute.</source>
        <translation>A venda foi registrada, mas o troco é grande demais para ser calculado.</translation>
    </message>
    <message>
        <source>A void needs its reason: --reason TEXT (it is recorded with the sale).</source>
        <translation>Um cancelamento precisa de um motivo: --reason TEXT (ele é registrado com a venda).</translation>
    </message>
    <message>
        <source>Sale %1 was voided</source>
        <translation>A venda %1 foi cancelada</translation>
    </message>
    <message>
        <source>%1: leave out &quot;%2&quot;; the sale supplies it.</source>
        <translation>%1: remova &quot;%2&quot;; a venda já fornece esse valor.</translation>
    </message>
    <message>
        <source>--flow must be checkout or apply.</source>
        <translation>--flow deve ser checkout ou apply.</translation>
    </message>
    <message>
        <source>A link was already sent for this sale (%1); add --again to send another.</source>
        <translation>Já foi enviado um link para esta venda (%1); adicione --again para enviar outro.</translation>
    </message>
    <message>
        <source>Sale %1 cannot go to financing: %2</source>
        <translation>A venda %1 não pode ir para financiamento: %2</translation>
    </message>
    <message>
        <source>The link %1 went out, but the sale could not be put to wait for financing: %2</source>
        <translation>O link %1 foi enviado, mas não foi possível deixar a venda aguardando o financiamento: %2</translation>
    </message>
    <message>
        <source>The link %1 went out, but sale %2 is not waiting for financing.</source>
        <translation>O link %1 foi enviado, mas a venda %2 não está aguardando o financiamento.</translation>
    </message>
    <message>
        <source>Sale %1 waits for ChargeAfter (link %2). Record the answer with: sale financing approve %1 --reference REF, or sale financing decline %1.</source>
        <translation>A venda %1 aguarda o ChargeAfter (link %2). Registre a resposta com: sale financing approve %1 --reference REF, ou sale financing decline %1.</translation>
    </message>
    <message>
        <source>There is no operator number %1.</source>
        <translation>Não existe operador com o número %1.</translation>
    </message>
    <message>
        <source>operator add needs --name NAME --number N --role cashier|supervisor|administrator, and the PIN on standard input.</source>
        <translation>operator add precisa de --name NAME --number N --role cashier|supervisor|administrator e do PIN na entrada padrão.</translation>
    </message>
    <message>
        <source>--role must be cashier, supervisor or administrator, not &quot;%1&quot;.</source>
        <translation>--role deve ser cashier, supervisor ou administrator, e não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Operator %1 was added</source>
        <translation>O operador %1 foi adicionado</translation>
    </message>
    <message>
        <source>Operator %1 was disabled</source>
        <translation>O operador %1 foi desativado</translation>
    </message>
    <message>
        <source>The PIN of operator %1 was reset</source>
        <translation>O PIN do operador %1 foi redefinido</translation>
    </message>
    <message>
        <source>%1 must be a day as YYYY-MM-DD or a date-time as YYYY-MM-DDTHH:MM:SS, not &quot;%2&quot;.</source>
        <translation>%1 deve ser um dia no formato AAAA-MM-DD ou uma data e hora no formato AAAA-MM-DDTHH:MM:SS, e não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>The PIN on standard input is too long (4 to 8 digits).</source>
        <translation>O PIN na entrada padrão é longo demais (de 4 a 8 dígitos).</translation>
    </message>
    <message>
        <source>Give the PIN on the first line of standard input, never as an argument, e.g. checkstand-ctl operator add ... &lt; pin.txt</source>
        <translation>Informe o PIN na primeira linha da entrada padrão, nunca como argumento, por exemplo: checkstand-ctl operator add ... &lt; pin.txt</translation>
    </message>
</context>
<context>
    <name>checkstand::financingCart</name>
    <message>
        <source>The sale is too large to finance.</source>
        <translation>O valor da venda é alto demais para financiar.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Deposit: %1</source>
        <translation>Depósito: %1</translation>
    </message>
    <message>
        <source>The sale has nothing with a price to finance.</source>
        <translation>A venda não tem nenhum item com preço para financiar.</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
</context>
<context>
    <name>checkstand::orderchecker</name>
    <message>
        <source>the order checker found errors</source>
        <translation>o verificador de pedidos encontrou erros</translation>
    </message>
    <message>
        <source>The order checker answered HTTP %1, which its contract does not define.</source>
        <translation>O verificador de pedidos respondeu HTTP %1, que não está definido no contrato dele.</translation>
    </message>
    <message>
        <source>Allowed without an order check (store setting): %1</source>
        <translation>Permitido sem verificação do pedido (configuração da loja): %1</translation>
    </message>
    <message>
        <source>The order could not be checked, so it cannot be finalised yet: %1</source>
        <translation>Não foi possível verificar o pedido, então ele ainda não pode ser finalizado: %1</translation>
    </message>
    <message>
        <source>Allowed although some items have errors (store setting): %1</source>
        <translation>Permitido, embora alguns itens tenham erros (configuração da loja): %1</translation>
    </message>
    <message>
        <source>The order checker blocks this sale: %1</source>
        <translation>O verificador de pedidos bloqueia esta venda: %1</translation>
    </message>
    <message>
        <source>the reply is not a list of actions</source>
        <translation>a resposta não é uma lista de ações</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Indisponível</translation>
    </message>
    <message>
        <source>The order is not valid</source>
        <translation>O pedido não é válido</translation>
    </message>
    <message>
        <source>The order checker&apos;s discount was not applied: %1.</source>
        <translation>O desconto do verificador de pedidos não foi aplicado: %1.</translation>
    </message>
</context>
<context>
    <name>checkstand::outbox::DeliveryWorker</name>
    <message>
        <source>Delivery to Elevate stopped: %1</source>
        <translation>Envio ao Elevate interrompido: %1</translation>
    </message>
    <message>
        <source>Elevate rejected the credentials (HTTP %1). Delivery is paused until the Elevate API key is changed in Settings.</source>
        <translation>O Elevate rejeitou as credenciais (HTTP %1). O envio fica pausado até a chave de API do Elevate ser alterada em Configurações.</translation>
    </message>
    <message>
        <source>%1 Checkstand keeps the notification and tries again.</source>
        <translation>%1 O Checkstand mantém a notificação e tenta novamente.</translation>
    </message>
</context>
<context>
    <name>checkstand::pin</name>
    <message>
        <source>Enter a PIN of 4 to 8 digits.</source>
        <translation>Digite um PIN de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>A PIN has digits only (0 to 9).</source>
        <translation>O PIN tem apenas dígitos (0 a 9).</translation>
    </message>
    <message numerus="yes">
        <source>A PIN has 4 to 8 digits; this one has %n.</source>
        <translation>
            <numerusform>Um PIN tem de 4 a 8 dígitos; este tem %n.</numerusform>
            <numerusform>Um PIN tem de 4 a 8 dígitos; este tem %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN of one digit repeated (like 1111) is too easy to guess.</source>
        <translation>Um PIN com um único dígito repetido (como 1111) é fácil demais de adivinhar.</translation>
    </message>
    <message>
        <source>A PIN of digits in a row (like 1234 or 4321) is too easy to guess.</source>
        <translation>Um PIN com dígitos em sequência (como 1234 ou 4321) é fácil demais de adivinhar.</translation>
    </message>
</context>
<context>
    <name>checkstand::print</name>
    <message>
        <source>TRAINING — NOT A SALE</source>
        <translation>TREINAMENTO — NÃO É UMA VENDA</translation>
    </message>
    <message>
        <source>REPRINT</source>
        <translation>REIMPRESSÃO</translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation>Loja %1</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Nº %1</translation>
    </message>
    <message>
        <source>Return of sale %1</source>
        <translation>Devolução da venda %1</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Operador: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Qty × Unit</source>
        <translation>Qtd × Unitário</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Receipt roll 80 mm</source>
        <translation>Bobina de recibo 80 mm</translation>
    </message>
    <message>
        <source>Could not print the receipt: the printer or the file could not be opened.</source>
        <translation>Não foi possível imprimir o recibo: a impressora ou o arquivo não pôde ser aberto.</translation>
    </message>
    <message>
        <source>Could not print the receipt: a new page could not be started.</source>
        <translation>Não foi possível imprimir o recibo: não foi possível iniciar uma nova página.</translation>
    </message>
    <message>
        <source>Could not print the receipt: the printer or the file did not accept it.</source>
        <translation>Não foi possível imprimir o recibo: a impressora ou o arquivo não o aceitou.</translation>
    </message>
    <message>
        <source>Could not write the receipt to %1: %2</source>
        <translation>Não foi possível gravar o recibo em %1: %2</translation>
    </message>
    <message>
        <source>the file could not be opened for writing.</source>
        <translation>não foi possível abrir o arquivo para gravação.</translation>
    </message>
    <message>
        <source>TRAINING — NOT A REAL DAY</source>
        <translation>TREINAMENTO — NÃO É UM DIA REAL</translation>
    </message>
    <message>
        <source>Report roll 80 mm</source>
        <translation>Bobina de relatório 80 mm</translation>
    </message>
    <message>
        <source>Could not print the report: the printer or the file could not be opened.</source>
        <translation>Não foi possível imprimir o relatório: não foi possível abrir a impressora ou o arquivo.</translation>
    </message>
    <message>
        <source>Could not print the report: a new page could not be started.</source>
        <translation>Não foi possível imprimir o relatório: não foi possível iniciar uma nova página.</translation>
    </message>
    <message>
        <source>Could not print the report: the printer or the file did not accept it.</source>
        <translation>Não foi possível imprimir o relatório: a impressora ou o arquivo não o aceitou.</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>Não foi possível gravar o relatório em %1: %2</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>TREINAMENTO</translation>
    </message>
    <message>
        <source>no file name was given.</source>
        <translation>nenhum nome de arquivo foi informado.</translation>
    </message>
    <message>
        <source>that is a folder, not a file.</source>
        <translation>isso é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist.</source>
        <translation>a pasta %1 não existe.</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written to.</source>
        <translation>não é possível gravar na pasta %1.</translation>
    </message>
    <message>
        <source>the file exists and cannot be overwritten.</source>
        <translation>o arquivo já existe e não pode ser substituído.</translation>
    </message>
    <message>
        <source>the file is empty after writing (is the disk full?).</source>
        <translation>o arquivo ficou vazio após a gravação (o disco está cheio?).</translation>
    </message>
    <message>
        <source>the file is incomplete (is the disk full?).</source>
        <translation>o arquivo está incompleto (o disco está cheio?).</translation>
    </message>
</context>
<context>
    <name>checkstand::sandbox::SandboxServer</name>
    <message>
        <source>The training sandbox could not open a port on 127.0.0.1.</source>
        <translation>O ambiente de treinamento não conseguiu abrir uma porta em 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>checkstand::service</name>
    <message>
        <source>ChargeAfter</source>
        <translation>ChargeAfter</translation>
    </message>
    <message>
        <source>Omnichat Order Checker</source>
        <translation>Omnichat Order Checker</translation>
    </message>
    <message>
        <source>the Omnichat Order Checker</source>
        <translation>o Omnichat Order Checker</translation>
    </message>
    <message>
        <source>AiFi pricing</source>
        <translation>Preços AiFi</translation>
    </message>
    <message>
        <source>the pricing service</source>
        <translation>o serviço de preços</translation>
    </message>
    <message>
        <source>ACME Ticketing</source>
        <translation>ACME Ticketing</translation>
    </message>
    <message>
        <source>Voyado Elevate</source>
        <translation>Voyado Elevate</translation>
    </message>
</context>
<context>
    <name>checkstand::settings</name>
    <message>
        <source>&amp;Endpoint</source>
        <translation>&amp;Endpoint</translation>
    </message>
    <message>
        <source>The full address of the service&apos;s API, called exactly as written. Leave empty when this store does not use it.</source>
        <translation>O endereço completo da API do serviço, chamado exatamente como está escrito. Deixe em branco se esta loja não usa o serviço.</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>How long a request to this service may take before it counts as failed.</source>
        <translation>Quanto tempo uma solicitação a este serviço pode levar antes de ser considerada uma falha.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>O idioma do sistema</translation>
    </message>
    <message>
        <source>Request &amp;timeout</source>
        <translation>&amp;Tempo limite da solicitação</translation>
    </message>
    <message>
        <source>Store &amp;id</source>
        <translation>&amp;Id da loja</translation>
    </message>
    <message>
        <source>Enter the store id.</source>
        <translation>Digite o id da loja.</translation>
    </message>
    <message>
        <source>Store &amp;name</source>
        <translation>&amp;Nome da loja</translation>
    </message>
    <message>
        <source>Enter the store name.</source>
        <translation>Digite o nome da loja.</translation>
    </message>
    <message>
        <source>Store add&amp;ress</source>
        <translation>&amp;Endereço da loja</translation>
    </message>
    <message>
        <source>Printed under the store name on receipts and refund quotes.</source>
        <translation>Impresso abaixo do nome da loja nos recibos e nas cotações de reembolso.</translation>
    </message>
    <message>
        <source>12 Main Street, Springfield, IL 62701</source>
        <translation>12 Main Street, Springfield, IL 62701</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>Two-letter country code; phone numbers are read as numbers of this country.</source>
        <translation>Código do país com duas letras; os números de telefone são interpretados como números deste país.</translation>
    </message>
    <message>
        <source>US</source>
        <translation>US</translation>
    </message>
    <message>
        <source>Enter the two-letter country code, such as US.</source>
        <translation>Digite o código do país com duas letras, como US.</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Moeda</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Enter the three-letter currency code, such as USD.</source>
        <translation>Digite o código da moeda com três letras, como USD.</translation>
    </message>
    <message>
        <source>Sound a beep on a bad scan or a scan while paying</source>
        <translation>Emitir um bipe em leitura inválida ou em leitura durante o pagamento</translation>
    </message>
    <message>
        <source>The cashier often looks at the customer, not the screen: a beep says a scan was not added.</source>
        <translation>O operador muitas vezes olha para o cliente, não para a tela: o bipe avisa que uma leitura não foi adicionada.</translation>
    </message>
    <message>
        <source>Receipt &amp;footer</source>
        <translation>&amp;Rodapé do recibo</translation>
    </message>
    <message>
        <source>The last line of every receipt, such as the return policy.</source>
        <translation>A última linha de todo recibo, como a política de devolução.</translation>
    </message>
    <message>
        <source>Print receipts on A4 sheets (otherwise an 80 mm roll)</source>
        <translation>Imprimir recibos em folhas A4 (caso contrário, em bobina de 80 mm)</translation>
    </message>
    <message>
        <source>Print a receipt after every sale</source>
        <translation>Imprimir um recibo após cada venda</translation>
    </message>
    <message>
        <source>Off: the receipt is printed when the cashier asks for it (F8 after the sale, or from Sale history).</source>
        <translation>Desativado: o recibo é impresso quando o operador solicitar (F8 após a venda, ou pelo Histórico de vendas).</translation>
    </message>
    <message>
        <source>&amp;Lock the screen after</source>
        <translation>&amp;Bloquear a tela após</translation>
    </message>
    <message>
        <source>Minutes without a key press or click before the till locks and asks for an operator&apos;s number and PIN. 0: only when locked by hand (Ctrl+L).</source>
        <translation>Minutos sem nenhuma tecla ou clique antes de o caixa ser bloqueado e pedir o número e o PIN de um operador. 0: somente quando bloqueado manualmente (Ctrl+L).</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Cashier &amp;discount limit</source>
        <translation>Limite de &amp;desconto do operador</translation>
    </message>
    <message>
        <source>The largest order discount a cashier may give, as a share of the sale; a larger one needs a supervisor&apos;s PIN.</source>
        <translation>O maior desconto no pedido que um operador pode conceder, como percentual da venda; um desconto maior exige o PIN de um supervisor.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The language of the screens, receipts and reports, and how they write amounts and dates. Takes effect at the next start.</source>
        <translation>O idioma das telas, dos recibos e dos relatórios, e a forma de escrever valores e datas. Vale a partir da próxima inicialização.</translation>
    </message>
    <message>
        <source>&amp;Final postback URL</source>
        <translation>URL de postback &amp;final</translation>
    </message>
    <message>
        <source>https://… (required for checkout links)</source>
        <translation>https://… (obrigatória para links de checkout)</translation>
    </message>
    <message>
        <source>&amp;Data update postback URL</source>
        <translation>URL de postback de atualização de &amp;dados</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (opcional)</translation>
    </message>
    <message>
        <source>Allow sales even if there are errors in the API</source>
        <translation>Permitir vendas mesmo com erros na API</translation>
    </message>
    <message>
        <source>When the check fails (no network, a timeout, a server error or an unreadable reply), let the sale go on instead of blocking it.</source>
        <translation>Quando a verificação falhar (sem rede, tempo esgotado, erro no servidor ou resposta ilegível), deixar a venda continuar em vez de bloqueá-la.</translation>
    </message>
    <message>
        <source>Allow sales even if there are errors in the items</source>
        <translation>Permitir vendas mesmo com erros nos itens</translation>
    </message>
    <message>
        <source>When the checker refuses the order only because of errors on items, let the sale go on.</source>
        <translation>Quando o verificador recusar o pedido apenas por erros nos itens, deixar a venda continuar.</translation>
    </message>
    <message>
        <source>Check time&amp;out</source>
        <translation>Tempo limite da &amp;verificação</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Cabeçalhos extras</translation>
    </message>
    <message>
        <source>Catalog prices &amp;include tax</source>
        <translation>Os preços do catálogo &amp;incluem imposto</translation>
    </message>
    <message>
        <source>Allow finishing a sale on &amp;local prices when the pricing service cannot confirm them</source>
        <translation>Permitir concluir uma venda com preços &amp;locais quando o serviço de preços não puder confirmá-los</translation>
    </message>
    <message>
        <source>AiFi store &amp;number</source>
        <translation>&amp;Número da loja AiFi</translation>
    </message>
    <message>
        <source>AiFi unique store id</source>
        <translation>Id único da loja AiFi</translation>
    </message>
    <message>
        <source>&amp;Market</source>
        <translation>&amp;Mercado</translation>
    </message>
    <message>
        <source>UK</source>
        <translation>UK</translation>
    </message>
    <message>
        <source>Enter the Elevate market, such as UK.</source>
        <translation>Digite o mercado do Elevate, como UK.</translation>
    </message>
    <message>
        <source>A market has no spaces.</source>
        <translation>O mercado não pode ter espaços.</translation>
    </message>
    <message>
        <source>Notifications in f&amp;light at most</source>
        <translation>Máximo de notificações &amp;simultâneas</translation>
    </message>
    <message>
        <source>How many notifications may be on their way at once.</source>
        <translation>Quantas notificações podem estar em envio ao mesmo tempo.</translation>
    </message>
    <message>
        <source>API key &amp;header</source>
        <translation>Ca&amp;beçalho da chave de API</translation>
    </message>
    <message>
        <source>x-acme-api-key</source>
        <translation>x-acme-api-key</translation>
    </message>
    <message>
        <source>A header name has letters, digits and dashes only.</source>
        <translation>O nome do cabeçalho tem apenas letras, dígitos e hífens.</translation>
    </message>
    <message>
        <source>CA &amp;certificates file (PEM)</source>
        <translation>Arquivo de &amp;certificados de CA (PEM)</translation>
    </message>
    <message>
        <source>Only when the store&apos;s network uses its own CA</source>
        <translation>Somente se a rede da loja usar uma CA própria</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Keep sent-link &amp;history for</source>
        <translation>Manter o &amp;histórico de links enviados por</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <source>Till and operators</source>
        <translation>Caixa e operadores</translation>
    </message>
    <message>
        <source>Every cart change is checked at this endpoint. The two switches are the contract&apos;s own settings.</source>
        <translation>Cada alteração no carrinho é verificada neste endpoint. As duas opções são configurações do próprio contrato.</translation>
    </message>
    <message>
        <source>Paid sales are reported to this endpoint, through the outbox.</source>
        <translation>As vendas pagas são informadas a este endpoint, pela fila de envio.</translation>
    </message>
    <message>
        <source>Network and history</source>
        <translation>Rede e histórico</translation>
    </message>
    <message>
        <source>Private API &amp;key</source>
        <translation>&amp;Chave de API privada</translation>
    </message>
    <message>
        <source>ChargeAfter private API key</source>
        <translation>Chave de API privada do ChargeAfter</translation>
    </message>
    <message>
        <source>Paste the private API key from ChargeAfter</source>
        <translation>Cole a chave de API privada do ChargeAfter</translation>
    </message>
    <message>
        <source>A private key is stored. Type a new one only to replace it.</source>
        <translation>Há uma chave privada armazenada. Digite uma nova somente para substituí-la.</translation>
    </message>
    <message>
        <source>No private key is stored yet; links cannot be sent live without one.</source>
        <translation>Ainda não há chave privada armazenada; sem ela, os links não podem ser enviados em produção.</translation>
    </message>
    <message>
        <source>The private key is stored in the keychain.</source>
        <translation>A chave privada está armazenada no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>The private key was removed from the keychain.</source>
        <translation>A chave privada foi removida do chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Remove the ChargeAfter key</source>
        <translation>Remover a chave do ChargeAfter</translation>
    </message>
    <message>
        <source>Remove the ChargeAfter private key from the keychain? Links cannot be sent live until a key is saved again.</source>
        <translation>Remover a chave privada do ChargeAfter do chaveiro do sistema? Os links não poderão ser enviados em produção até que uma chave seja salva novamente.</translation>
    </message>
    <message>
        <source>Bearer &amp;token</source>
        <translation>Token &amp;bearer</translation>
    </message>
    <message>
        <source>Pricing service bearer token</source>
        <translation>Token bearer do serviço de preços</translation>
    </message>
    <message>
        <source>Paste the bearer token of the pricing service</source>
        <translation>Cole o token bearer do serviço de preços</translation>
    </message>
    <message>
        <source>A token is stored. Type a new one only to replace it.</source>
        <translation>Há um token armazenado. Digite um novo somente para substituí-lo.</translation>
    </message>
    <message>
        <source>No token is stored yet; sales cannot be priced live without one.</source>
        <translation>Ainda não há token armazenado; sem ele, os preços das vendas não podem ser calculados em produção.</translation>
    </message>
    <message>
        <source>The token is stored in the keychain.</source>
        <translation>O token está armazenado no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>The token was removed from the keychain.</source>
        <translation>O token foi removido do chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Remove the pricing token</source>
        <translation>Remover o token de preços</translation>
    </message>
    <message>
        <source>Remove the pricing service&apos;s token from the keychain? Sales cannot be priced live until a token is saved again.</source>
        <translation>Remover o token do serviço de preços do chaveiro do sistema? Os preços das vendas não poderão ser calculados em produção até que um token seja salvo novamente.</translation>
    </message>
    <message>
        <source>API k&amp;ey</source>
        <translation>&amp;Chave de API</translation>
    </message>
    <message>
        <source>Voyado Elevate API key</source>
        <translation>Chave de API do Voyado Elevate</translation>
    </message>
    <message>
        <source>Paste the API key from Voyado Elevate</source>
        <translation>Cole a chave de API do Voyado Elevate</translation>
    </message>
    <message>
        <source>An API key is stored. Type a new one only to replace it.</source>
        <translation>Há uma chave de API armazenada. Digite uma nova somente para substituí-la.</translation>
    </message>
    <message>
        <source>No API key is stored yet; payment notifications wait in the outbox until one is saved.</source>
        <translation>Ainda não há chave de API armazenada; as notificações de pagamento aguardam na fila de envio até que uma seja salva.</translation>
    </message>
    <message>
        <source>The API key is stored in the keychain. Notifications held back by a rejected key are sent again.</source>
        <translation>A chave de API está armazenada no chaveiro do sistema. As notificações retidas por uma chave rejeitada são enviadas novamente.</translation>
    </message>
    <message>
        <source>The API key was removed from the keychain.</source>
        <translation>A chave de API foi removida do chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Remove the Elevate key</source>
        <translation>Remover a chave do Elevate</translation>
    </message>
    <message>
        <source>Remove the Voyado Elevate API key from the keychain? Payment notifications wait in the outbox until a key is saved again.</source>
        <translation>Remover a chave de API do Voyado Elevate do chaveiro do sistema? As notificações de pagamento aguardarão na fila de envio até que uma chave seja salva novamente.</translation>
    </message>
    <message>
        <source>API ke&amp;y</source>
        <translation>&amp;Chave de API</translation>
    </message>
    <message>
        <source>ACME Ticketing API key</source>
        <translation>Chave de API do ACME Ticketing</translation>
    </message>
    <message>
        <source>Paste the API key from ACME Ticketing</source>
        <translation>Cole a chave de API do ACME Ticketing</translation>
    </message>
    <message>
        <source>No API key is stored yet; refund quotes cannot be asked live.</source>
        <translation>Ainda não há chave de API armazenada; não é possível solicitar cotações de reembolso em produção.</translation>
    </message>
    <message>
        <source>The API key is stored in the keychain.</source>
        <translation>A chave de API está armazenada no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Remove the ACME key</source>
        <translation>Remover a chave do ACME</translation>
    </message>
    <message>
        <source>Remove the ACME Ticketing API key from the keychain?</source>
        <translation>Remover a chave de API do ACME Ticketing do chaveiro do sistema?</translation>
    </message>
    <message>
        <source>Choose one of the values in the list.</source>
        <translation>Escolha um dos valores da lista.</translation>
    </message>
    <message>
        <source>This file does not exist or cannot be read.</source>
        <translation>Este arquivo não existe ou não pode ser lido.</translation>
    </message>
    <message>
        <source>High contrast: black on &amp;white, with a thick focus outline</source>
        <translation>&amp;Alto contraste: preto no branco, com contorno de foco espesso</translation>
    </message>
    <message>
        <source>For bright shops and for operators who need stronger colours: black text on white, a strong selection and a thick outline around the field or button that has the keyboard. Takes effect as soon as the settings are saved.</source>
        <translation>Para lojas muito iluminadas e para operadores que precisam de cores mais fortes: texto preto no branco, seleção forte e um contorno espesso em volta do campo ou botão que tem o teclado. Vale assim que as configurações forem salvas.</translation>
    </message>
</context>
<context>
    <name>checkstand::ui::ReceiptOutput</name>
    <message>
        <source>receipt</source>
        <translation>recibo</translation>
    </message>
    <message>
        <source>Print receipt %1</source>
        <translation>Imprimir recibo %1</translation>
    </message>
    <message>
        <source>Receipt %1 was not printed: %2</source>
        <translation>O recibo %1 não foi impresso: %2</translation>
    </message>
    <message>
        <source>Receipt not printed</source>
        <translation>Recibo não impresso</translation>
    </message>
    <message>
        <source>Save receipt %1 as PDF</source>
        <translation>Salvar recibo %1 como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt %1 was not saved: %2</source>
        <translation>O recibo %1 não foi salvo: %2</translation>
    </message>
    <message>
        <source>Receipt not saved</source>
        <translation>Recibo não salvo</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Checkstand point-of-sale operator console. Without configured endpoints it starts on the embedded training sandbox.</source>
        <translation>Console de operador de ponto de venda Checkstand. Sem endpoints configurados, ele inicia no ambiente de treinamento integrado.</translation>
    </message>
    <message>
        <source>Checkstand cannot start</source>
        <translation>O Checkstand não pode ser iniciado</translation>
    </message>
    <message>
        <source>Checkstand headless operations.

Commands:
  send-link REQUEST.json   send a ChargeAfter financing link
  doctor                   check endpoints, TLS and secrets
  history                  list the sent-links history
  secret set NAME          store a secret read from stdin in the OS keychain
  secret delete NAME       remove a secret from the OS keychain
  catalog import FILE      import products from CSV or JSON
  check-order TICKET.json  run the Order Checker on a saved ticket
  price TICKET.json        price a saved ticket through the pricing service
  refund-quote REQUEST.json  ACME refund quote; card number and CVC as JSON on stdin
  sale complete TICKET.json [--tender cash[:AMOUNT]|card:REF|financing[:REF] ...]
                [--tenders TENDERS.json]
                           record a paid sale and queue its Elevate notification
  sale history [--number TEXT] [--from DAY] [--to DAY] [--amount 12.34] [--limit N]
                           completed sales of this terminal, newest first
  sale show ID             one sale: lines, taxes, payments, returns, receipt text
  sale return ID RETURN.json  return lines of a sale; prints the refund steps
  sale void TICKET.json --reason TEXT   give up an open sale (recorded)
  sale finance TICKET.json CUSTOMER.json [--flow checkout|apply] [--again]
                           send the priced sale&apos;s ChargeAfter link; the sale waits
  sale financing list      the sales waiting for ChargeAfter
  sale financing approve ID --reference REF   complete it, paid by financing
  sale financing decline ID   back to the parked sales, to be paid another way
  receipt ID [--pdf FILE] [--a4] [--return]   a sale&apos;s (or return&apos;s) receipt
  outbox list              the Elevate notifications and their state
  outbox retry [ID]        retry one now (and resume a paused queue)
  outbox discard ID --reason TEXT   give one up, with the reason recorded
  outbox flush             deliver what is due; exit 1 if any is left
  operator list            the operators (never their PINs)
  operator add --name NAME --number N --role cashier|supervisor|administrator
               [--badge CODE]   add one; the PIN on the first line of stdin
  operator disable NUMBER  an operator who may no longer sign in
  operator reset-pin NUMBER   a new PIN from stdin (also ends a lockout)
  journal verify           check the audit journal&apos;s hash chain; exit 1 if broken
  journal list [--from DAY] [--to DAY] [--kind KIND] [--operator NAME] [--limit N]
                           audit journal entries, newest first
  shift open --float AMOUNT   open the drawer&apos;s shift with its starting cash
  shift pay-in AMOUNT --reason TEXT    cash put into the drawer
  shift pay-out AMOUNT --reason TEXT   cash taken out of the drawer
  shift close --counted AMOUNT   the Z report: close the shift and the day
  report x [--pdf FILE] [--a4]   the figures since the last Z (changes nothing)
  report z [--number N] [--pdf FILE] [--a4]   reprint a stored Z report

Secrets come from CHECKSTAND_SECRET_&lt;NAME&gt; or the OS keychain.</source>
        <translation>Operações do Checkstand sem interface gráfica.

Comandos:
  send-link REQUEST.json   envia um link de financiamento ChargeAfter
  doctor                   verifica endpoints, TLS e segredos
  history                  lista o histórico de links enviados
  secret set NAME          guarda no chaveiro do sistema um segredo lido da stdin
  secret delete NAME       remove um segredo do chaveiro do sistema
  catalog import FILE      importa produtos de CSV ou JSON
  check-order TICKET.json  executa o Order Checker em um ticket salvo
  price TICKET.json        calcula os preços de um ticket salvo pelo serviço de preços
  refund-quote REQUEST.json  cotação de reembolso ACME; número do cartão e CVC como JSON na stdin
  sale complete TICKET.json [--tender cash[:AMOUNT]|card:REF|financing[:REF] ...]
                [--tenders TENDERS.json]
                           registra uma venda paga e põe na fila a notificação para o Elevate
  sale history [--number TEXT] [--from DAY] [--to DAY] [--amount 12.34] [--limit N]
                           vendas concluídas deste terminal, das mais recentes às mais antigas
  sale show ID             uma venda: linhas, impostos, pagamentos, devoluções, texto do recibo
  sale return ID RETURN.json  devolve linhas de uma venda; mostra as etapas do reembolso
  sale void TICKET.json --reason TEXT   cancela uma venda aberta (fica registrado)
  sale finance TICKET.json CUSTOMER.json [--flow checkout|apply] [--again]
                           envia o link ChargeAfter da venda com preços calculados; a venda fica aguardando
  sale financing list      as vendas que aguardam o ChargeAfter
  sale financing approve ID --reference REF   conclui a venda, paga com financiamento
  sale financing decline ID   volta para as vendas suspensas, para ser paga de outra forma
  receipt ID [--pdf FILE] [--a4] [--return]   o recibo de uma venda (ou de uma devolução)
  outbox list              as notificações do Elevate e o estado de cada uma
  outbox retry [ID]        tenta enviar uma agora (e retoma uma fila pausada)
  outbox discard ID --reason TEXT   descarta uma, com o motivo registrado
  outbox flush             envia o que estiver pendente; sai com 1 se sobrar alguma
  operator list            os operadores (nunca os PINs)
  operator add --name NAME --number N --role cashier|supervisor|administrator
               [--badge CODE]   adiciona um; o PIN na primeira linha da stdin
  operator disable NUMBER  desativa um operador, que não poderá mais entrar
  operator reset-pin NUMBER   define um novo PIN pela stdin (também encerra um bloqueio)
  journal verify           verifica a cadeia de hashes do diário de auditoria; sai com 1 se estiver quebrada
  journal list [--from DAY] [--to DAY] [--kind KIND] [--operator NAME] [--limit N]
                           entradas do diário de auditoria, das mais recentes às mais antigas
  shift open --float AMOUNT   abre o turno da gaveta com o dinheiro inicial
  shift pay-in AMOUNT --reason TEXT    dinheiro colocado na gaveta (suprimento)
  shift pay-out AMOUNT --reason TEXT   dinheiro retirado da gaveta (sangria)
  shift close --counted AMOUNT   o relatório Z: fecha o turno e o dia
  report x [--pdf FILE] [--a4]   os valores desde o último Z (não altera nada)
  report z [--number N] [--pdf FILE] [--a4]   reimprime um relatório Z armazenado

Os segredos vêm de CHECKSTAND_SECRET_&lt;NAME&gt; ou do chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Log requests and replies (secrets redacted) to stderr.</source>
        <translation>Registra solicitações e respostas (com os segredos ocultados) na stderr.</translation>
    </message>
    <message>
        <source>sale complete: cash, cash:AMOUNT (tendered), card:REF (the terminal&apos;s approval) or financing[:REF]. Repeat to split.</source>
        <translation>sale complete: cash, cash:AMOUNT (valor recebido), card:REF (aprovação do terminal) ou financing[:REF]. Repita para dividir o pagamento.</translation>
    </message>
    <message>
        <source>sale complete: the payments as a JSON array file.</source>
        <translation>sale complete: os pagamentos em um arquivo com um array JSON.</translation>
    </message>
    <message>
        <source>sale history: part of the sale number; operator add: the operator number; report z: the Z report&apos;s number.</source>
        <translation>sale history: parte do número da venda; operator add: o número do operador; report z: o número do relatório Z.</translation>
    </message>
    <message>
        <source>sale history, journal list: on or after.</source>
        <translation>sale history, journal list: nesta data ou depois.</translation>
    </message>
    <message>
        <source>sale history, journal list: on or before.</source>
        <translation>sale history, journal list: nesta data ou antes.</translation>
    </message>
    <message>
        <source>sale history: a total of exactly this.</source>
        <translation>sale history: um total exatamente igual a este.</translation>
    </message>
    <message>
        <source>sale history, journal list: at most N (200, 500).</source>
        <translation>sale history, journal list: no máximo N (200, 500).</translation>
    </message>
    <message>
        <source>receipt, report: write it as a PDF file.</source>
        <translation>receipt, report: grava como arquivo PDF.</translation>
    </message>
    <message>
        <source>receipt, report: on A4 instead of the 80 mm roll.</source>
        <translation>receipt, report: em A4 em vez da bobina de 80 mm.</translation>
    </message>
    <message>
        <source>shift open: the cash put in the drawer to start.</source>
        <translation>shift open: o dinheiro colocado na gaveta para começar.</translation>
    </message>
    <message>
        <source>shift close: the cash counted in the drawer.</source>
        <translation>shift close: o dinheiro contado na gaveta.</translation>
    </message>
    <message>
        <source>receipt: ID is a return&apos;s number.</source>
        <translation>receipt: ID é o número de uma devolução.</translation>
    </message>
    <message>
        <source>sale finance: checkout (default) or apply.</source>
        <translation>sale finance: checkout (padrão) ou apply.</translation>
    </message>
    <message>
        <source>sale finance: send another link for the same sale.</source>
        <translation>sale finance: envia outro link para a mesma venda.</translation>
    </message>
    <message>
        <source>sale financing approve: ChargeAfter&apos;s approval reference.</source>
        <translation>sale financing approve: a referência de aprovação do ChargeAfter.</translation>
    </message>
    <message>
        <source>refund-quote: retry the quote with this id.</source>
        <translation>refund-quote: repete a cotação com este id.</translation>
    </message>
    <message>
        <source>outbox discard, sale void, shift pay-in/pay-out: why (recorded).</source>
        <translation>outbox discard, sale void, shift pay-in/pay-out: o motivo (fica registrado).</translation>
    </message>
    <message>
        <source>doctor: print plain text instead of JSON.</source>
        <translation>doctor: mostra texto simples em vez de JSON.</translation>
    </message>
    <message>
        <source>operator add: the operator&apos;s name.</source>
        <translation>operator add: o nome do operador.</translation>
    </message>
    <message>
        <source>operator add: cashier, supervisor or administrator.</source>
        <translation>operator add: cashier, supervisor ou administrator.</translation>
    </message>
    <message>
        <source>operator add: a badge barcode.</source>
        <translation>operator add: o código de barras de um crachá.</translation>
    </message>
    <message>
        <source>journal list: entries of this kind.</source>
        <translation>journal list: entradas deste tipo.</translation>
    </message>
    <message>
        <source>journal list: entries by this operator (name).</source>
        <translation>journal list: entradas deste operador (nome).</translation>
    </message>
    <message>
        <source>one of the commands above</source>
        <translation>um dos comandos acima</translation>
    </message>
    <message>
        <source>Note: no endpoint is configured, so this runs on the training sandbox; nothing reaches a real service.</source>
        <translation>Observação: nenhum endpoint está configurado, então isto é executado no ambiente de treinamento; nada chega a um serviço real.</translation>
    </message>
    <message>
        <source>Unknown command or wrong arguments: %1

</source>
        <translation>Comando desconhecido ou argumentos incorretos: %1

</translation>
    </message>
</context>
<context>
    <name>sandbox</name>
    <message>
        <source>Normal: the service works</source>
        <translation>Normal: o serviço funciona</translation>
    </message>
    <message>
        <source>Server error (HTTP 500)</source>
        <translation>Erro no servidor (HTTP 500)</translation>
    </message>
    <message>
        <source>Wrong API key (HTTP 401)</source>
        <translation>Chave de API errada (HTTP 401)</translation>
    </message>
    <message>
        <source>Slow replies</source>
        <translation>Respostas lentas</translation>
    </message>
    <message>
        <source>Unreadable reply</source>
        <translation>Resposta ilegível</translation>
    </message>
    <message>
        <source>Oversized reply</source>
        <translation>Resposta grande demais</translation>
    </message>
    <message>
        <source>The service says no</source>
        <translation>O serviço recusa</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation>Conexão interrompida</translation>
    </message>
    <message>
        <source>Careless vendor: repeats what it was sent in its errors</source>
        <translation>Fornecedor descuidado: repete nos erros o que recebeu</translation>
    </message>
</context>
</TS>
